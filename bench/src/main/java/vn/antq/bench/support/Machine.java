package vn.antq.bench.support;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine a result was measured on, and how busy the rest of it was meanwhile: on a shared machine, a figure
 * taken while other work ran is not the same figure, and the results file says so.
 */
public final class Machine {

    /** Linux counts /proc/stat in USER_HZ, which is 100 on every platform Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpuModel", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        String memTotal = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        machine.put("memoryGiB", memTotal == null ? null
                : Numbers.round(Long.parseLong(memTotal.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0, 1));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /** Starts measuring the CPU the other processes of the machine use. */
    public static Sample sample() {
        return new Sample(System.nanoTime(), busyTicks(), processCpuNanos(), gcMillis(), loadAverage());
    }

    /** CPU counters at one moment. */
    public record Sample(long at, long machineBusyTicks, long processCpuNanos, long gcMillis, String loadAverage) {

        /**
         * Since this sample: the share of the machine's capacity (all cores) this process used, and the share the
         * other processes used, in percent.
         */
        public Map<String, Object> until(Sample end) {
            double wallSeconds = (end.at - at) / 1e9;
            double capacity = wallSeconds * Runtime.getRuntime().availableProcessors();
            double machineSeconds = (end.machineBusyTicks - machineBusyTicks) / TICKS_PER_SECOND;
            double ownSeconds = (end.processCpuNanos - processCpuNanos) / 1e9;
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("seconds", Numbers.round(wallSeconds, 1));
            load.put("benchCpuPercent", machineBusyTicks < 0 ? null : Numbers.round(100 * ownSeconds / capacity, 0));
            load.put("otherCpuPercent", machineBusyTicks < 0 ? null
                    : Numbers.round(Math.max(0, 100 * (machineSeconds - ownSeconds) / capacity), 0));
            load.put("gcPercent", Numbers.round(100 * (end.gcMillis - gcMillis) / 1000.0 / wallSeconds, 0));
            load.put("loadAverageBefore", loadAverage);
            load.put("loadAverageAfter", end.loadAverage);
            return load;
        }
    }

    private static long busyTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] fields = lines.get(0).trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: everything but idle and iowait is work.
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Time the collectors took (pauses, and for concurrent collectors their cycles), summed. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // Not Linux: the figure stays unknown.
        }
        return null;
    }
}
