package io.sanctionscreen.lists;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Data access for list sources. */
@ApplicationScoped
public class ListSourceRepository implements PanacheRepositoryBase<ListSource, String> {}
