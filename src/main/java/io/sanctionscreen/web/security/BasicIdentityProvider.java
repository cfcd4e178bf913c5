package io.sanctionscreen.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Authenticates HTTP Basic callers against the {@link CredentialStore}. */
@ApplicationScoped
public class BasicIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private final CredentialStore store;

  public BasicIdentityProvider(CredentialStore store) {
    this.store = store;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    String user = request.getUsername();
    String secret = new String(request.getPassword().getPassword());
    return context.runBlocking(
        () -> {
          List<String> roles =
              store.verify(user, secret).orElseThrow(AuthenticationFailedException::new);
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(user))
              .addRoles(Set.copyOf(roles))
              .build();
        });
  }
}
