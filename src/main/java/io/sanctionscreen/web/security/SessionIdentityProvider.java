package io.sanctionscreen.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Restores the identity of a console session: form authentication keeps only the user name in its
 * encrypted cookie, so the roles are read again from the {@link CredentialStore} on each request (a
 * role taken away takes effect at once, and a removed user is logged out).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  private final CredentialStore store;

  public SessionIdentityProvider(CredentialStore store) {
    this.store = store;
  }

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    String user = request.getPrincipal();
    return context.runBlocking(
        () -> {
          List<String> roles = store.roles(user).orElseThrow(AuthenticationFailedException::new);
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(user))
              .addRoles(Set.copyOf(roles))
              .build();
        });
  }
}
