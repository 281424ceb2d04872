package vn.his.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** One line about the machine a benchmark ran on: cores, memory, load, operating system and JVM. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        String memory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? String.format("%.1f GB memory (%.1f GB free)", sun.getTotalMemorySize() / 1e9,
                        sun.getFreeMemorySize() / 1e9)
                : "memory unknown";
        return String.format("%d cores, %s, load average %.2f, %s %s; Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), memory, os.getSystemLoadAverage(), os.getName(),
                os.getVersion(), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
}
