package stockassistant.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import stockassistant.application.backup.Backups;
import stockassistant.bootstrap.backup.BackupTool;
import stockassistant.bootstrap.config.AppConfig;
import stockassistant.bootstrap.database.DatabaseRuntime;

/** The backup facade over the started database (the same one `backup` and `restore` use). */
public final class BackupModule extends AbstractModule {

  @Provides
  @Singleton
  Backups backups(AppConfig config, DatabaseRuntime database) {
    return BackupTool.backups(config, database);
  }
}
