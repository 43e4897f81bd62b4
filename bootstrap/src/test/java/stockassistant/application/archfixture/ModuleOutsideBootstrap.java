package stockassistant.application.archfixture;

import com.google.inject.AbstractModule;

/** Deliberately bad: Guice wiring outside bootstrap. Only the ArchUnit tests load it. */
public final class ModuleOutsideBootstrap extends AbstractModule {}
