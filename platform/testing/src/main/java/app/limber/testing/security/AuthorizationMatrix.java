package app.limber.testing.security;

import app.limber.testing.TestTokens;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Walks every operation of a service's OpenAPI document and checks who gets in:
 * <ul>
 *   <li>an open operation answers without a token (neither 401 nor 403, no 5xx);</li>
 *   <li>a secured one answers 401 problem+json with no token, an expired token and a token signed by an
 *       unknown key (each of these carrying a role the operation admits);</li>
 *   <li>a valid token without an admitted role (each other role, and no role at all) gets 403 problem+json;</li>
 *   <li>a valid token with an admitted role gets past security (neither 401 nor 403, no 5xx).</li>
 * </ul>
 * The document's operations must be exactly the {@link AccessTable}'s, and an operation the document leaves open
 * must be open in the table (and the reverse). Failures are collected, so one run reports every hole.
 */
public final class AuthorizationMatrix {

    /** What a walk did: operations walked and every failed expectation. */
    public record Result(int operationsWalked, int requestsSent, List<String> failures) {
    }

    private final OpenApiDocument document;
    private final AccessTable table;
    private final String userId;
    private final Function<ApiOperation, Map<String, String>> pathValues;
    private Function<ApiOperation, String> subjects;
    private final List<String> failures = new ArrayList<>();
    private int requests;

    /**
     * @param userId     the subject of every token; path values should name resources this user owns, so that
     *                   an admitted role is not refused for ownership reasons
     * @param pathValues values for an operation's path parameters, asked before each request (so a test can hand
     *                   out a fresh resource to operations that delete it)
     */
    public AuthorizationMatrix(OpenApiDocument document, AccessTable table, String userId,
                               Function<ApiOperation, Map<String, String>> pathValues) {
        this.document = document;
        this.table = table;
        this.userId = userId;
        this.pathValues = pathValues;
        this.subjects = operation -> userId;
    }

    /**
     * Another subject for some operations' tokens, asked once per operation: e.g. a fresh user for an operation that
     * erases its caller, so that the user the others reach stays.
     */
    public AuthorizationMatrix subjects(Function<ApiOperation, String> subjectOf) {
        this.subjects = subjectOf;
        return this;
    }

    /**
     * Walks every operation and fails unless the document lists some, every expectation held, and every
     * operation of the document was walked: the completeness check is the point of the matrix, so it lives
     * here rather than in each caller.
     */
    public void assertEveryOperationGuarded() {
        Result result = walk();
        if (document.operationCount() == 0) {
            throw new AssertionError("the OpenAPI document lists no operation");
        }
        if (!result.failures().isEmpty()) {
            throw new AssertionError(result.failures().size() + " authorization expectations failed:\n  "
                    + String.join("\n  ", result.failures()));
        }
        if (result.operationsWalked() != document.operationCount()) {
            throw new AssertionError("walked " + result.operationsWalked() + " of " + document.operationCount()
                    + " operations in the OpenAPI document");
        }
    }

    public Result walk() {
        List<ApiOperation> operations = document.operations();
        Set<String> unlisted = new TreeSet<>(table.operationKeys());
        for (ApiOperation operation : operations) {
            unlisted.remove(operation.key());
            Optional<AccessTable.Access> access = table.access(operation);
            if (access.isEmpty()) {
                failures.add(operation + ": in the OpenAPI document but not in the access table");
                continue;
            }
            check(operation, access.get());
        }
        unlisted.forEach(key -> failures.add(key + ": in the access table but not in the OpenAPI document"));
        return new Result(operations.size() - countUnlisted(operations), requests, List.copyOf(failures));
    }

    private int countUnlisted(List<ApiOperation> operations) {
        return (int) operations.stream().filter(o -> table.access(o).isEmpty()).count();
    }

    private void check(ApiOperation operation, AccessTable.Access access) {
        if (access.open() == operation.secured()) {
            failures.add(operation + ": the document says " + (operation.secured() ? "secured" : "open")
                    + ", the access table says " + (access.open() ? "open" : "secured"));
        }
        if (access.open()) {
            expectAdmitted(operation, "no token", null);
            return;
        }
        String admitted = access.someAdmittedRole();
        String userId = subjects.apply(operation);
        expectProblem(operation, "no token", null, 401);
        expectProblem(operation, "an expired token", TestTokens.expired(userId, admitted), 401);
        expectProblem(operation, "a token signed by an unknown key", TestTokens.badSignature(userId, admitted), 401);
        for (String role : AccessTable.ROLES) {
            if (access.admits(role)) {
                expectAdmitted(operation, "role " + role, TestTokens.token(userId, role));
            } else {
                expectProblem(operation, "role " + role, TestTokens.token(userId, role), 403);
            }
        }
        if (!access.anyRole()) {
            expectProblem(operation, "a token without roles", TestTokens.token(userId), 403);
        }
    }

    private void expectProblem(ApiOperation operation, String caller, String token, int status) {
        ProblemResponses.mismatch(send(operation, token), status)
                .ifPresent(m -> failures.add(operation + " with " + caller + ": " + m));
    }

    private void expectAdmitted(ApiOperation operation, String caller, String token) {
        Response response = send(operation, token);
        int status = response.statusCode();
        if (status == 401 || status == 403 || status >= 500) {
            failures.add(operation + " with " + caller + " should get past security: " + ProblemResponses.describe(response));
        }
    }

    private Response send(ApiOperation operation, String token) {
        requests++;
        return OperationRequests.send(operation, pathValues.apply(operation), token);
    }
}
