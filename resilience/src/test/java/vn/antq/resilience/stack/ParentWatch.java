package vn.antq.resilience.stack;

import java.io.IOException;
import java.util.Arrays;

/**
 * The entry point of every child JVM: runs the real main class given as the first argument, and halts the JVM
 * when its standard input reaches its end, which happens when the test JVM that started it dies (the pipe closes).
 */
public final class ParentWatch {

    private ParentWatch() {
    }

    public static void main(String[] args) throws Exception {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever written; the read ends when the parent's end of the pipe closes
                }
            } catch (IOException ignored) {
                // a broken pipe means the same: the parent is gone
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
