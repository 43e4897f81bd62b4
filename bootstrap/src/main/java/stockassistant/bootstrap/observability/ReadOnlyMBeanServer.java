package stockassistant.bootstrap.observability;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.remote.MBeanServerForwarder;

/**
 * What a remote JMX client may do with {@code JMX_ACCESS=readonly}: read attributes, browse
 * names and MBean descriptions, listen to notifications. Anything else (invoking an operation,
 * writing an attribute, creating or unregistering an MBean) is refused. An allow-list over the
 * MBeanServer interface, so a method a future JDK adds is refused until someone decides.
 */
final class ReadOnlyMBeanServer implements InvocationHandler {
  private static final Set<String> READS = Set.of("getAttribute", "getAttributes",
      "getMBeanInfo", "getObjectInstance", "queryMBeans", "queryNames", "isRegistered",
      "getMBeanCount", "getDefaultDomain", "getDomains", "isInstanceOf",
      "addNotificationListener", "removeNotificationListener",
      // used by the connector itself to find the class loader of a request's parameters
      "getClassLoaderFor", "getClassLoader", "getClassLoaderRepository");

  private volatile MBeanServer target;

  private ReadOnlyMBeanServer() {}

  static MBeanServerForwarder forwarder() {
    return (MBeanServerForwarder) Proxy.newProxyInstance(
        MBeanServerForwarder.class.getClassLoader(), new Class<?>[] {MBeanServerForwarder.class},
        new ReadOnlyMBeanServer());
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    switch (name) {
      case "getMBeanServer":
        return target;
      case "setMBeanServer":
        target = (MBeanServer) args[0];
        return null;
      case "toString":
        return "ReadOnlyMBeanServer[" + target + "]";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        break;
    }
    if (!READS.contains(name)) {
      throw new SecurityException("remote JMX is read-only (JMX_ACCESS=readonly): " + name
          + " is not allowed");
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException failure) {
      throw failure.getCause();
    }
  }
}
