package app.limber.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web pages in headless Chromium against a stack started as {@code ./limber up} starts it: a coach invites an
 * athlete, who accepts, makes a plan, plays a timed routine with per-side items to the end, logs it (three times
 * over, recorded once) with a discomfort of 8, and finds it in the calendar and the streak; the coach sees the
 * critical alert and the session in the athlete's session table (effort, discomfort marked as of concern) and
 * acknowledges the alert; an analyst sees the adherence chart, the warm-up's items and the exercises, and downloads CSV that parses. Every page
 * passes axe-core, is measured and photographed.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String WARM_UP_NAME = "7 Hip Mobility Exercises for Runners";
    private static final String WARM_UP = "f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea";
    private static final String ATHLETE = "demo-athlete";
    private static final String COACH = "demo-coach";

    private Browser browser;
    private String web;

    @BeforeAll
    void openBrowser(StackClient stack) throws Exception {
        assertTrue(Browser.available(), "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        browser = new Browser(Path.of(System.getProperty("limber.screenshots", "target/screenshots")));
        web = stack.baseUrl("web").toString();
    }

    @AfterAll
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.writeWeights(Path.of("target", "web-pages.md"));
            browser.close();
        }
    }

    @Test
    void aCoachedAthletePlaysARoutineLogsItOnceAndTheCoachAndTheAnalystSeeIt(StackClient stack) throws Exception {
        open("/signin");
        visit("sign-in", true);
        String code = coachInvites();
        athleteAcceptsAndMakesAPlan(code);
        playTheWarmUpToTheEnd();
        logTheSessionThreeTimesOver();
        seeTheSessionInTheCalendarAndStreak(stack);
        browseTheCatalog();
        open("/account");
        visit("account", true);
        signOut();
        coachSeesTheAlertAndAcknowledgesIt();
        signOut();
        analystSeesTheChartAndDownloadsCsv();
    }

    @Test
    void aFormWithoutTheSessionsTokenChangesNothing(StackClient stack) {
        HttpResponse<String> response = stack.send(HttpRequest.newBuilder(stack.url("web", "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=guess&userId=demo-admin&role=admin")).build());
        assertEquals(403, response.statusCode(), "a sign-in form that did not come from the sign-in page");
        assertFalse(response.headers().firstValue("Set-Cookie").orElse("").contains("limber_session"), "no session is opened");
    }

    /** What a browser without script gets: every step listed in words, the log form, plain forms for plans. */
    @Test
    void withoutScriptThePlayerIsTheWholeListAndFormsMakeAndEndAPlanExportAndErase(StackClient stack) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(stack.url("web", "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("limber_signin"))
                .findFirst().orElseThrow().getValue();
        assertTrue(signInPage.body().contains(token), "the form carries the token its cookie holds");
        http.send(HttpRequest.newBuilder(stack.url("web", "/signin")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&userId=no-script-athlete&role=athlete")).build(),
                HttpResponse.BodyHandlers.ofString());
        String play = http.send(HttpRequest.newBuilder(stack.url("web", "/routines/" + WARM_UP + "/play")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(17, play.split("<li class=\"step\"", -1).length - 1, "every step of the warm-up is listed");
        assertTrue(play.contains("Single-Leg Deadlift</strong> — Left side: 6 reps, holding each 2 s"), "a per-side step in words");
        assertTrue(play.contains("<strong>Rest</strong>: Rest 10 s"), "rests in words");
        assertTrue(play.contains("id=\"log-form\""), "the log form is part of the page");

        // plain forms make a plan and end it
        String csrf = between(play, "name=\"_csrf\" value=\"", "\"");
        String plans = http.send(form(stack, "/plans", "_csrf=" + csrf + "&routineId=" + WARM_UP
                + "&weeklyTarget=2&startsOn=" + LocalDate.now(ZoneId.of("UTC")) + "&timeZone=UTC"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(plans.contains("Active</strong> · 2 a week"), "the new plan: " + plans);
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("action=\"(/plans/[0-9a-f-]{36}/end)\"").matcher(plans);
        assertTrue(end.find(), "an end form: " + plans);
        String ended = http.send(form(stack, end.group(1), "_csrf=" + csrf), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(ended.contains("Ended</strong> · 2 a week"), "the plan ended today: " + ended);
        assertFalse(ended.contains("End this plan"), "an ended plan offers nothing more");

        // their data, downloaded, then erased
        JsonNode export = JSON.readTree(http.send(HttpRequest.newBuilder(stack.url("web", "/account/routine.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(1, export.get("plans").size(), "the plan made and ended is in the export: " + export);
        String erased = http.send(form(stack, "/account/erase", "_csrf=" + csrf + "&confirm=yes"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(erased.contains("Your account is being erased") && erased.contains("routine: "), erased);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(stack.url("web", "/plans")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(after.uri().getPath().equals("/signin"), "signed out with the account: " + after.uri());
    }

    private static HttpRequest form(StackClient stack, String path, String body) {
        return HttpRequest.newBuilder(stack.url("web", path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertTrue(start >= 0, "no " + before + " in " + text);
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    private String coachInvites() {
        signIn(COACH, "/coach");
        click(By.id("invite"));
        awaitText(By.id("invitation"), "Give this code");
        String code = text(By.id("invitation-code"));
        assertTrue(code.matches("[2-9A-HJKMNP-Za-hjkmnp-z]{12}"), "an invitation code: " + code);
        visit("coach-invitation", false);
        signOut();
        return code;
    }

    private void athleteAcceptsAndMakesAPlan(String code) {
        signIn(ATHLETE, "/progress");
        visit("progress-empty", false);
        open("/coaches");
        browser.driver.findElement(By.id("code")).sendKeys(code);
        click(By.id("accept-coach"));
        awaitText(By.id("coach-list"), COACH);
        visit("coaches", true);

        open("/routines");
        visit("routines", true);
        click(By.linkText(WARM_UP_NAME));
        awaitText(By.tagName("h1"), WARM_UP_NAME);
        assertTrue(text(By.className("duration")).matches("\\d+–\\d+ min"), "estimated duration: " + text(By.className("duration")));
        visit("routine", true);
        click(By.xpath("//button[normalize-space()='Make the plan']"));
        awaitPath("/plans");
        assertTrue(text(By.className("plan-list")).contains("Active · 3 a week"), "the new plan: " + text(By.className("plan-list")));
        visit("plans", true);
    }

    private void playTheWarmUpToTheEnd() {
        click(By.linkText("Play it now"));
        awaitPath("/routines/" + WARM_UP + "/play");
        visit("player-start", false);
        click(By.cssSelector("[data-action=start]"));
        assertEquals("Single-Leg Deadlift", field("name"));
        assertEquals("Left side", field("position"));
        String first = field("countdown");
        assertTrue(first.matches("0:1[0-2]"), "6 reps held 2 s each count down from 0:12: " + first);
        // the countdown runs by itself: it moves on within a couple of seconds
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !field("countdown").equals(first));
        browser.screenshot("player-phone", Browser.PHONE, 1400);
        browser.assertAccessible("player, playing");

        List<String> seen = new ArrayList<>();
        seen.add("Single-Leg Deadlift|Left side|timed");
        click(By.cssSelector("[data-action=done]"));
        for (int i = 0; i < 100 && !field("name").equals("Routine complete"); i++) {
            String countdown = field("countdown");
            assertTrue(countdown.isEmpty() || countdown.matches("\\d+:\\d\\d"), "a countdown as m:ss: " + countdown);
            seen.add(field("name") + "|" + field("position") + "|" + (countdown.isEmpty() ? "reps" : "timed"));
            click(By.cssSelector("[data-action=done]"));
        }
        assertEquals("Routine complete", field("name"), "the player reached the end; steps seen: " + seen);
        assertEquals("Single-Leg Deadlift|Right side|timed", seen.get(1), "each side in turn: " + seen);
        assertTrue(seen.contains("Rest||timed"), "rests count down: " + seen);
        assertTrue(seen.contains("Clamshells|Left side|reps") && seen.contains("Clamshells|Right side|reps"), "per-side reps: " + seen);
        assertEquals("Leg Swings|Right side|reps", seen.get(seen.size() - 1), "no rest after the last exercise: " + seen);
        assertTrue(browser.driver.findElement(By.id("log")).isDisplayed(), "the log form shows at the end");
    }

    private void logTheSessionThreeTimesOver() {
        new Select(browser.driver.findElement(By.id("effort"))).selectByValue("6");
        new Select(browser.driver.findElement(By.id("discomfort"))).selectByValue("8");
        visit("player-done", true);
        // the same rendered form sent twice in the background, then by its button: one session
        Object replies = browser.js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('log-form');
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))});
                send().then(first => send().then(second => done(first.status + ',' + second.status))).catch(e => done(String(e)));""");
        assertEquals("200,200", replies, "both sends end on the progress page");
        click(By.id("log-session"));
        awaitPath("/progress");
        assertTrue(browser.driver.findElement(By.id("logged")).isDisplayed(), "the progress page confirms the session");
    }

    private void seeTheSessionInTheCalendarAndStreak(StackClient stack) throws Exception {
        String zone = (String) browser.js().executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        String today = LocalDate.now(ZoneId.of(zone)).toString();
        awaitAfterReload(() -> text(By.id("total-sessions")).equals("1")
                && text(By.id("daily-streak")).equals("1 day")
                && "1".equals(browser.driver.findElement(By.cssSelector("#calendar rect[data-date='" + today + "']")).getAttribute("data-sessions")));
        assertEquals(1, browser.driver.findElements(By.cssSelector("#calendar rect:not([data-sessions='0'])")).size(), "one day with a session");
        assertTrue(text(By.id("this-week")).startsWith("1 of "), "this week: " + text(By.id("this-week")));
        visit("progress", true);
        browser.screenshot("progress-phone", Browser.PHONE, 2600);

        new Select(browser.driver.findElement(By.id("nudgeHour"))).selectByValue("7");
        browser.driver.findElement(By.id("quietStart")).clear();
        browser.driver.findElement(By.id("quietEnd")).clear();
        click(By.xpath("//button[normalize-space()='Save nudge settings']"));
        awaitText(By.tagName("main"), "Nudge settings saved.");
        assertEquals("7", new Select(browser.driver.findElement(By.id("nudgeHour"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", browser.driver.findElement(By.id("quietStart")).getAttribute("value"), "no quiet hours any more");

        JsonNode sessions = JSON.readTree(stack.get("routine", "/sessions", stack.token(ATHLETE, "athlete")).body());
        assertEquals(1, sessions.get("total").asInt(), "three sends of one form record one session: " + sessions);
        JsonNode session = sessions.at("/items/0");
        assertEquals(8, session.get("discomfort").asInt());
        assertEquals(6, session.get("effort").asInt());
        assertEquals(List.of("left", "right"), session.get("exercises").findValuesAsText("side").subList(0, 2), "per-side entries: " + session);
    }

    private void browseTheCatalog() {
        open("/exercises?target=hamstrings&category=stretch");
        assertEquals("1–4 of 4 exercises", text(By.id("result-count")), "facets combine as the catalog's README says");
        visit("exercises", true);
        click(By.cssSelector(".exercise-list h2 a"));
        awaitText(By.tagName("main"), "Steps");
        assertFalse(browser.driver.findElements(By.cssSelector("main ol li")).isEmpty(), "the exercise's steps");
        visit("exercise", true);
    }

    private void coachSeesTheAlertAndAcknowledgesIt() {
        signIn(COACH, "/coach");
        awaitAfterReload(() -> !browser.driver.findElements(By.cssSelector("#athletes .level-critical")).isEmpty());
        assertTrue(text(By.id("athletes")).contains("8 on "), "the last discomfort: " + text(By.id("athletes")));
        visit("coach", true);
        click(By.linkText(ATHLETE));
        awaitPath("/coach/athletes/" + ATHLETE);
        WebElement alert = browser.driver.findElement(By.cssSelector("#alerts .alert"));
        assertEquals("open", alert.getAttribute("data-status"));
        assertTrue(alert.getText().contains("Discomfort 8"), alert.getText());
        assertTrue(text(By.id("plans")).contains(WARM_UP_NAME), "the athlete's plan: " + text(By.id("plans")));
        coachSeesTheSessionWithEffortAndDiscomfort();
        coachSeesThisWeekAgainstThePlansTarget();
        visit("coach-athlete", false);
        browser.screenshot("coach-athlete", Browser.DESKTOP, 2800);
        click(By.xpath("//button[normalize-space()='Acknowledge']"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "acknowledged".equals(d.findElement(By.cssSelector("#alerts .alert")).getAttribute("data-status")));

        // the circuit: the README's progress tour counts the plans of the strength routine on this same stack
        new Select(browser.driver.findElement(By.id("routineId"))).selectByVisibleText("The 7-Move Mobility Circuit");
        click(By.xpath("//button[normalize-space()='Assign']"));
        awaitText(By.id("plans"), "The 7-Move Mobility Circuit");
        assertTrue(text(By.id("plans")).contains("2 a week · from " + LocalDate.now(ZoneId.of("UTC"))), text(By.id("plans")));
        assertTrue(text(By.id("plans")).contains("assigned by " + COACH), text(By.id("plans")));
    }

    /** The session the athlete logged, one row of the coach's table: effort 6, and a discomfort of 8 marked in words. */
    private void coachSeesTheSessionWithEffortAndDiscomfort() {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#sessions tbody tr"));
        assertEquals(1, rows.size(), "three sends of one form are one session: " + text(By.id("sessions")));
        List<String> cells = rows.get(0).findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().trim()).toList();
        String zone = (String) browser.js().executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        assertEquals(LocalDate.now(ZoneId.of(zone)).toString(), cells.get(0), "the day, in the session's zone: " + cells);
        assertEquals(WARM_UP_NAME, cells.get(1), "the routine: " + cells);
        assertTrue(cells.get(2).matches("(\\d+ min)?( ?\\d+ s)?") && !cells.get(2).isEmpty(), "the duration: " + cells);
        assertEquals("6", cells.get(3), "the effort: " + cells);
        assertEquals("8 of concern", cells.get(4), "the discomfort, marked as of concern: " + cells);
        assertEquals("concern", rows.get(0).getAttribute("class"));
        java.util.regex.Matcher done = java.util.regex.Pattern.compile("(\\d+) of (\\d+) done").matcher(cells.get(5));
        assertTrue(done.find() && done.group(1).equals(done.group(2)), "every exercise played is done: " + cells);
        assertEquals(1, browser.driver.findElements(By.cssSelector("#sessions caption")).size(), "the table has a caption");
        assertEquals(6, browser.driver.findElements(By.cssSelector("#sessions thead th[scope=col]")).size(), "its columns have headers");
    }

    /** The athlete's plan this week, one row of the adherence table: the one session done of its target, in words. */
    private void coachSeesThisWeekAgainstThePlansTarget() {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#adherence-weeks tbody tr"));
        assertEquals(1, rows.size(), "the plan made today has one week: " + text(By.id("adherence-weeks")));
        List<String> cells = rows.get(0).findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().trim()).toList();
        assertEquals(WARM_UP_NAME, cells.get(1), "the plan's routine: " + cells);
        assertTrue(cells.get(2).matches("1 of [1-3]"), "one session of this week's (prorated) target: " + cells);
        assertTrue(cells.get(3).equals("Met") || cells.get(3).equals("Not met yet (this week)"), "met or not, in words: " + cells);
    }

    private void analystSeesTheChartAndDownloadsCsv() throws Exception {
        signIn("demo-analyst", "/analytics");
        WebElement chart = browser.driver.findElement(By.cssSelector("#adherence-chart svg"));
        assertFalse(chart.findElements(By.cssSelector("[data-series=mean] circle")).isEmpty(), "this week's mean adherence is drawn");
        visit("analytics", true);
        browser.screenshot("analytics-phone", Browser.PHONE, 1800);

        List<List<String>> adherence = CsvText.parse(download(By.id("adherence-csv")));
        assertEquals(List.of("week", "weekStart", "plansActive", "meanAdherence", "medianAdherence", "metTargetShare"), adherence.get(0));
        assertEquals(13, adherence.size(), "a header and 12 weeks");
        List<String> thisWeek = adherence.get(adherence.size() - 1);
        assertTrue(Integer.parseInt(thisWeek.get(2)) >= 1, "plans active this week: " + thisWeek);
        double mean = Double.parseDouble(thisWeek.get(3));
        assertTrue(mean >= 0 && mean <= 1, "a share: " + thisWeek);

        List<List<String>> cohorts = CsvText.parse(download(By.id("cohorts-csv")));
        assertEquals(List.of("startWeek", "weekStart", "plans", "week", "met", "share"), cohorts.get(0));
        assertTrue(cohorts.size() >= 2, "this week's cohort: " + cohorts);

        click(By.id("routines-link"));
        awaitPath("/analytics/routines");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("routine"))).selectByValue(WARM_UP);
        click(By.cssSelector("form.row button"));
        awaitPath("/analytics/routines");
        assertFalse(browser.driver.findElements(By.cssSelector("#items tbody tr")).isEmpty(), "the warm-up's items are listed");
        assertFalse(browser.driver.findElements(By.cssSelector("#exercises tbody tr")).isEmpty(), "the warm-up's exercises are listed");
        visit("analytics-routines", true);
        List<List<String>> items = CsvText.parse(download(By.id("items-csv")));
        assertTrue(items.get(0).containsAll(List.of("position", "exerciseSlug", "sessions", "dropOffs")), "a header row: " + items.get(0));
        int sessions = items.get(0).indexOf("sessions");
        assertTrue(items.stream().skip(1).anyMatch(row -> Integer.parseInt(row.get(sessions)) >= 1),
                "the session the athlete played counts in the warm-up's items: " + items);
        // played in full, a timed move (butt kicks, 20 s a set) is its whole dose, like every other item
        int slug = items.get(0).indexOf("exerciseSlug");
        int dose = items.get(0).indexOf("meanDoseRatio");
        List<String> buttKicks = items.stream().filter(row -> row.get(slug).equals("butt-kicks")).findFirst().orElseThrow();
        assertEquals(1.0, Double.parseDouble(buttKicks.get(dose)), 1e-9, "butt kicks' dose: " + items);

        // the exercise table follows the chosen routine: only the warm-up's exercises, and its CSV the same
        List<String> listed = browser.driver.findElements(By.cssSelector("#exercises tbody th")).stream().map(WebElement::getText).toList();
        List<String> warmUpSlugs = items.stream().skip(1).map(row -> row.get(slug)).toList();
        assertTrue(warmUpSlugs.containsAll(listed), "exercises " + listed + " are the warm-up's " + warmUpSlugs);
        List<List<String>> exercises = CsvText.parse(download(By.id("exercises-csv")));
        int routineColumn = exercises.get(0).indexOf("routineId");
        assertTrue(routineColumn >= 0 && exercises.stream().skip(1).allMatch(row -> row.get(routineColumn).equals(WARM_UP)),
                "the exercises CSV is the warm-up's: " + exercises);
    }

    /**
     * What the link downloads, fetched by the page with the session's cookie as the link would be; passed back as a
     * JSON string, since the driver's protocol turns CRLF into LF.
     */
    private String download(By link) throws java.io.IOException {
        String href = browser.driver.findElement(link).getAttribute("href");
        Object text = browser.js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok && r.headers.get('content-type').startsWith('text/csv') ? r.text() : 'HTTP ' + r.status)
                  .then(t => done(JSON.stringify(t))).catch(e => done(JSON.stringify(String(e))));""", href);
        return JSON.readValue((String) text, String.class);
    }

    private void signIn(String user, String landing) {
        open("/signin");
        click(By.id("signin-" + user));
        awaitPath(landing);
    }

    private void signOut() {
        click(By.cssSelector("form.signout button"));
        awaitPath("/signin");
    }

    /** A submitted form's answer is a redirect the browser follows on its own time. */
    private void awaitPath(String path) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).withMessage(() -> "expected to arrive at " + path + ", at "
                + browser.driver.getCurrentUrl()).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    private void awaitText(By by, String expected) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "expected " + by + " to show " + expected)
                .until(d -> d.findElement(by).getText().contains(expected));
    }

    private void open(String path) {
        browser.driver.get(web + path);
    }

    private void click(By by) {
        browser.driver.findElement(by).click();
    }

    private String text(By by) {
        return browser.driver.findElement(by).getText().trim();
    }

    private String field(String name) {
        return browser.driver.findElement(By.cssSelector("#player [data-field=" + name + "]")).getText().trim();
    }

    /** Measures the page as loaded, checks it with axe-core and takes its desktop screenshot. */
    private void visit(String page, boolean screenshot) {
        browser.measure(page);
        browser.assertAccessible(page);
        if (screenshot) {
            browser.screenshot(page, Browser.DESKTOP, 1600);
        }
    }

    private void awaitAfterReload(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, DEADLINE, Duration.ofMillis(500)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> {
                    driver.navigate().refresh();
                    return condition.getAsBoolean();
                });
    }
}
