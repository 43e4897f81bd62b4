package stockassistant.bootstrap.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import stockassistant.bootstrap.runtime.Service;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP API (default http://127.0.0.1:7070) on the configured "
        + "database, or on the embedded one. Ctrl-C stops it cleanly.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:stopped cleanly (Ctrl-C, SIGTERM)", "1:could not start (the reason is "
        + "printed)", "2:invalid settings; nothing was started"})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  ConfigOption config;

  @Override
  public Integer call() throws InterruptedException {
    Service service = Service.start(config.load());
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }, "graceful-shutdown"));
    stopped.await();
    return 0;
  }
}
