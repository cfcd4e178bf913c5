package io.sanctionscreen.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every API test calls as the test administrator unless it says otherwise ({@code
 * given().auth().none()}, or another user): access control is tested on its own, in
 * AccessControlTest, and the other tests test what they are about.
 */
public class AuthenticatedByDefault implements QuarkusTestBeforeEachCallback {

  /** The test users and their secrets (application.properties, %test profile). */
  public static final String ADMIN = "test-admin";

  public static final String ADMIN_SECRET = "test-admin-secret";

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    RestAssured.authentication = RestAssured.preemptive().basic(ADMIN, ADMIN_SECRET);
  }
}
