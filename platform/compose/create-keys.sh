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
# the master key that wraps users' data keys (LIMBER_PRIVACY_MASTER_KEY_LOCATION): made once, as a new one would
# leave every sealed event already on the topics unreadable
if [ ! -f "$dir/master-key.b64" ]; then
  head -c 32 /dev/urandom | base64 > "$dir/master-key.b64"
  chmod 644 "$dir/master-key.b64"  # the services run as an unprivileged user and read it through a read-only mount
fi
