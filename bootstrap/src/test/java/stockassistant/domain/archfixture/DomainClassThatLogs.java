package stockassistant.domain.archfixture;

import org.slf4j.LoggerFactory;

/** Deliberately bad: a domain class using a logging library. Only the ArchUnit tests load it. */
public final class DomainClassThatLogs {
  public void log() {
    LoggerFactory.getLogger(DomainClassThatLogs.class).info("not allowed in the domain");
  }
}
