package io.sanctionscreen.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's security over plain HTTP: the login redirect, the form login with the same
 * credentials as the API, CSRF refusals, the security headers, and the API left as it was.
 */
@QuarkusTest
class ConsoleSecurityTest {

  static final String OFFICER = "test-officer";
  static final String OFFICER_SECRET = "test-officer-secret";

  static final Pattern CSRF_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

  /** A logged-in browser: its cookies, and the token its last page gave its forms. */
  record Browser(Map<String, String> cookies, String csrf) {}

  static Browser login(String user, String secret) {
    Response login =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("j_username", user)
            .formParam("j_password", secret)
            .post("/console/j_security_check");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.header("Location")).endsWith("/console/screen");
    String session = login.cookie("console-session");
    assertThat(session).isNotBlank();
    Response page =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookie("console-session", session)
            .get("/console/screen");
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher m = CSRF_FIELD.matcher(page.asString());
    assertThat(m.find()).as("the page carries a CSRF token").isTrue();
    return new Browser(
        Map.of("console-session", session, "console-csrf", page.cookie("console-csrf")),
        m.group(1));
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() {
    for (String path : new String[] {"/console", "/console/screen", "/console/lists"}) {
      Response r = given().auth().none().redirects().follow(false).get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(302);
      assertThat(r.header("Location")).as(path).endsWith("/console/login");
    }
    Response login = given().auth().none().get("/console/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.contentType()).startsWith("text/html");
    assertThat(login.asString()).contains("action=\"/console/j_security_check\"");
  }

  @Test
  void everyConsoleAnswerCarriesTheSecurityHeaders() {
    Browser b = login(OFFICER, OFFICER_SECRET);
    Response anonymous = given().auth().none().redirects().follow(false).get("/console/screen");
    Response loginPage = given().auth().none().get("/console/login");
    Response page = given().auth().none().cookies(b.cookies()).get("/console/screen");
    Response css = given().auth().none().get("/console/assets/console.css");
    for (Response r : new Response[] {anonymous, loginPage, page, css}) {
      assertThat(r.header("Content-Security-Policy"))
          .isEqualTo(ConsoleHeaders.CONTENT_SECURITY_POLICY)
          .contains("frame-ancestors 'none'")
          .contains("script-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    assertThat(css.statusCode()).isEqualTo(200);
    // No inline script or style, and no credential, in the pages.
    for (Response r : new Response[] {loginPage, page}) {
      String html = r.asString();
      assertThat(html).doesNotContain("<script").doesNotContain(" style=").doesNotContain("<style");
      assertThat(html)
          .doesNotContain(OFFICER_SECRET)
          .doesNotContain(b.cookies().get("console-session"));
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndLimitedToTheConsole() {
    Response login =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("j_username", OFFICER)
            .formParam("j_password", OFFICER_SECRET)
            .post("/console/j_security_check");
    String setCookie =
        login.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("console-session="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie)
        .contains("Path=/console")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Strict");
    assertThat(login.header("Location"))
        .doesNotContain(OFFICER_SECRET)
        .doesNotContain("j_password");
  }

  @Test
  void aWrongSecretGoesBackToTheLoginPageWithoutASession() {
    Response r =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("j_username", OFFICER)
            .formParam("j_password", "not-the-secret")
            .post("/console/j_security_check");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.header("Location")).endsWith("/console/login?error=true");
    assertThat(r.cookie("console-session")).isNull();
  }

  @Test
  void aFormPostWithoutItsTokenIsRefused() {
    Browser b = login(OFFICER, OFFICER_SECRET);
    Response none =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("name", "SenseTime Group Ltd")
            .post("/console/screen");
    assertThat(none.statusCode()).isEqualTo(403);
    Response wrong =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf().substring(1) + "x")
            .formParam("name", "SenseTime Group Ltd")
            .post("/console/screen");
    assertThat(wrong.statusCode()).isEqualTo(403);
    // The token of this browser, but without the cookie it was made from (another site's post).
    Response noCookie =
        given()
            .auth()
            .none()
            .cookie("console-session", b.cookies().get("console-session"))
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .formParam("name", "SenseTime Group Ltd")
            .post("/console/screen");
    assertThat(noCookie.statusCode()).isEqualTo(403);
    Response logout =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .post("/console/logout");
    assertThat(logout.statusCode()).isEqualTo(403);
    Response ok =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .formParam("name", "SenseTime Group Ltd")
            .formParam("purpose", "INVESTMENT")
            .post("/console/screen");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.asString())
        .contains("<p class=\"outcome outcome-BLOCK\" id=\"outcome\">BLOCK</p>");
  }

  @Test
  void aLoginFormSentFromAnotherSiteIsRefusedBeforeItsCredentialsAreRead() {
    // Login CSRF: another site's page posting the attacker's credentials into the officer's
    // browser.
    for (Map<String, String> headers :
        List.of(
            Map.of("Origin", "https://attacker.example"),
            Map.of("Sec-Fetch-Site", "cross-site"),
            Map.of("Sec-Fetch-Site", "same-site", "Origin", "null"))) {
      Response r = loginPost(headers);
      assertThat(r.statusCode()).as(headers.toString()).isEqualTo(403);
      assertThat(r.contentType()).startsWith("text/html");
      assertThat(r.asString()).contains("sent from another site");
      assertThat(r.cookie("console-session")).as(headers.toString()).isNull();
    }
    // The console's own page posts with its own origin (as Chromium does): logged in.
    Response own =
        loginPost(
            Map.of("Origin", RestAssured.baseURI + ":" + port(), "Sec-Fetch-Site", "same-origin"));
    assertThat(own.statusCode()).isEqualTo(302);
    assertThat(own.header("Location")).endsWith("/console/screen");
    assertThat(own.cookie("console-session")).isNotBlank();
  }

  private static int port() {
    return RestAssured.port;
  }

  private static Response loginPost(Map<String, String> headers) {
    return given()
        .auth()
        .none()
        .redirects()
        .follow(false)
        .headers(headers)
        .contentType(ContentType.URLENC)
        .formParam("j_username", OFFICER)
        .formParam("j_password", OFFICER_SECRET)
        .post("/console/j_security_check");
  }

  @Test
  void logoutEndsTheSession() {
    Browser b = login(OFFICER, OFFICER_SECRET);
    Response logout =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .post("/console/logout");
    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(logout.header("Location")).endsWith("/console/login");
    String cleared =
        logout.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("console-session="))
            .findFirst()
            .orElseThrow();
    assertThat(cleared).startsWith("console-session=;").contains("Max-Age=0");
  }

  @Test
  void aUserWithoutTheOfficerRoleIsRefused() {
    Response login =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("j_username", "test-screener")
            .formParam("j_password", "test-screener-secret")
            .post("/console/j_security_check");
    Response page =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookie("console-session", login.cookie("console-session"))
            .get("/console/screen");
    assertThat(page.statusCode()).isEqualTo(403);
  }

  @Test
  void theApiKeepsBasicAuthenticationAndSetsNoConsoleCookie() {
    Response anonymous = given().auth().none().redirects().follow(false).get("/api/v1/lists");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    Response basic =
        given()
            .auth()
            .preemptive()
            .basic(OFFICER, OFFICER_SECRET)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "SenseTime Group Ltd", "purpose", "INVESTMENT"))
            .post("/api/v1/screen");
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.jsonPath().getString("outcome")).isEqualTo("BLOCK");
    assertThat(basic.headers().getValues("Set-Cookie")).isEmpty();
    assertThat(basic.header("Content-Security-Policy")).isNull();
  }
}
