package app.limber.web.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out on the development sign-in page, and what a session lets through, with no service running. */
@QuarkusTest
class SignInTest {

    private static final String SIGN_IN_COOKIE = "limber_signin";

    private static RequestSpecification browser() {
        return RestAssured.given().config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    @Test
    void withoutASessionEveryPageSendsToTheSignInPage() {
        browser().get("/progress").then().statusCode(303).header("Location", endsWith("/signin"));
        browser().cookie(Visitor.COOKIE, "made-up").get("/analytics").then().statusCode(303).header("Location", endsWith("/signin"));
    }

    @Test
    void theSignInFormIsBoundToTheBrowserThatLoadedIt() {
        Response page = browser().get("/signin");
        page.then().statusCode(200).body(containsString("Sign in as demo-athlete"));
        String cookie = page.getHeader("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        browser().cookie(SIGN_IN_COOKIE, page.getCookie(SIGN_IN_COOKIE))
                .formParam("_csrf", "another").formParam("userId", "demo-admin").formParam("role", "admin")
                .post("/signin").then().statusCode(403);
    }

    @Test
    void aSessionIsAnOpaqueHttpOnlyCookieAndSigningOutNeedsItsToken() {
        String session = signIn("demo-athlete", "athlete");

        // the services are down: a 503 page, still with the person's navigation and its sign-out form
        Response down = browser().cookie(Visitor.COOKIE, session).get("/progress");
        down.then().statusCode(503).body(containsString("not reachable"));
        String csrf = csrfOf(down.asString());

        browser().cookie(Visitor.COOKIE, session).post("/signout").then().statusCode(403);
        browser().cookie(Visitor.COOKIE, session).formParam("_csrf", "x" + csrf).post("/signout").then().statusCode(403);
        browser().cookie(Visitor.COOKIE, session).get("/progress").then().statusCode(503);

        browser().cookie(Visitor.COOKIE, session).formParam("_csrf", csrf).post("/signout")
                .then().statusCode(303).header("Location", endsWith("/signin"));
        browser().cookie(Visitor.COOKIE, session).get("/progress").then().statusCode(303).header("Location", endsWith("/signin"));
    }

    @Test
    void aPageForAnotherRoleIsRefused() {
        String session = signIn("demo-analyst", "analyst");
        browser().cookie(Visitor.COOKIE, session).get("/progress").then().statusCode(403).body(containsString("This page is for athlete"));
        browser().cookie(Visitor.COOKIE, session).get("/coach").then().statusCode(403);
    }

    @Test
    void anUnknownRoleOrAMalformedUserIsRefused() {
        Response page = browser().get("/signin");
        String token = page.getCookie(SIGN_IN_COOKIE);
        browser().cookie(SIGN_IN_COOKIE, token).formParam("_csrf", token).formParam("userId", "eve").formParam("role", "root")
                .post("/signin").then().statusCode(403);
        browser().cookie(SIGN_IN_COOKIE, token).formParam("_csrf", token).formParam("userId", "<script>").formParam("role", "athlete")
                .post("/signin").then().statusCode(403);
    }

    private static String signIn(String user, String role) {
        Response page = browser().get("/signin");
        String token = page.getCookie(SIGN_IN_COOKIE);
        Response signedIn = browser().cookie(SIGN_IN_COOKIE, token)
                .formParam("_csrf", token).formParam("userId", user).formParam("role", role).post("/signin");
        signedIn.then().statusCode(303);
        String cookie = signedIn.getHeader("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("eyJ"), "the bearer token stays on the server: " + cookie);
        return signedIn.getCookie(Visitor.COOKIE);
    }

    private static String csrfOf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(matcher.find(), html);
        return matcher.group(1);
    }
}
