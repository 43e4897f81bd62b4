package stockassistant.adapters.persistence.archfixture;

import io.javalin.http.Context;

/** Deliberately bad: persistence reaching into the web adapter. Only the ArchUnit tests load it. */
public final class RepositoryThatRendersHttp {
  public void render(Context context) {
    context.result("not allowed in persistence");
  }
}
