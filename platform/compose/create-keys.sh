#!/bin/sh
# Dev key pair for the compose stack, in the same files ./limber uses (.limber/keys), so that
# `./limber token USER ROLE...` mints tokens the containers accept. Kept if already there.
set -eu
dir=/keys
if [ ! -f "$dir/private-key.pem" ]; then
  apk add --no-cache openssl >/dev/null
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private-key.pem"
  openssl pkey -in "$dir/private-key.pem" -pubout -out "$dir/public-key.pem"
fi
