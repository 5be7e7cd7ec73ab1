package app.limber.testing.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call each operation, written down by a service's security test. smallrye-openapi documents that an
 * operation needs the bearer scheme but not which roles it admits, so the roles live here; the
 * {@link AuthorizationMatrix} fails when the document and this table list different operations, so an operation
 * added later cannot go untested.
 */
public final class AccessTable {

    /** The roles a token's {@code groups} may hold (DESIGN "Security", and {@code coach} of issue 14). */
    public static final List<String> ROLES = List.of("athlete", "admin", "analyst", "coach");

    /** What one operation admits: no token at all, any valid token, or a valid token with one of some roles. */
    public record Access(boolean open, boolean anyRole, Set<String> roles) {

        public boolean admits(String role) {
            return anyRole || roles.contains(role);
        }

        /** A role the operation admits, for tokens whose only fault should be their signature or age. */
        public String someAdmittedRole() {
            return anyRole ? ROLES.get(0) : roles.iterator().next();
        }
    }

    private final Map<String, Access> entries = new LinkedHashMap<>();

    /** Answers without a token (public reads). */
    public AccessTable open(String... operationKeys) {
        for (String key : operationKeys) {
            put(key, new Access(true, false, Set.of()));
        }
        return this;
    }

    /** Needs a valid token; any role will do. */
    public AccessTable authenticated(String... operationKeys) {
        for (String key : operationKeys) {
            put(key, new Access(false, true, Set.of()));
        }
        return this;
    }

    /** Needs a valid token holding one of {@code roles}; {@code operationKey} as in {@link ApiOperation#key()}. */
    public AccessTable roles(String operationKey, String... roles) {
        if (roles.length == 0 || !ROLES.containsAll(Arrays.asList(roles))) {
            throw new IllegalArgumentException(operationKey + ": roles must be some of " + ROLES);
        }
        put(operationKey, new Access(false, false, Set.of(roles)));
        return this;
    }

    public Optional<Access> access(ApiOperation operation) {
        return Optional.ofNullable(entries.get(operation.key()));
    }

    public Set<String> operationKeys() {
        return entries.keySet();
    }

    private void put(String key, Access access) {
        if (entries.putIfAbsent(key, access) != null) {
            throw new IllegalArgumentException(key + " is listed twice");
        }
    }
}
