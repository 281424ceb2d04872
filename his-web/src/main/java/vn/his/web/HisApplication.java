package vn.his.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import vn.his.web.bench.BenchRestCli;
import vn.his.web.bench.BenchStartupCli;
import vn.his.web.cli.BenchExportCli;
import vn.his.web.cli.ExportCli;
import vn.his.web.cli.GenerateCli;
import vn.his.web.launch.PrepareStartCli;

/** The one executable of the HIS: components, entities and repositories of every module under {@code vn.his}. */
@SpringBootApplication(scanBasePackages = "vn.his")
@EntityScan("vn.his")
@EnableJpaRepositories("vn.his")
public class HisApplication {
    public static void main(String[] args) {
        if (args.length > 0 && "export".equals(args[0])) {
            // export for people: a short-lived command without the web server (vn.his.web.cli)
            System.exit(ExportCli.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "generate".equals(args[0])) {
            // synthetic province for load tests and benchmarks (vn.his.web.generate), same kind of command
            System.exit(GenerateCli.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "bench-export".equals(args[0])) {
            // the export benchmark against mariadb-dump (vn.his.web.cli.BenchExportCommand)
            System.exit(BenchExportCli.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "bench-rest".equals(args[0])) {
            // REST recording and screen load benchmark against the application as a child process (vn.his.web.bench)
            System.exit(BenchRestCli.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "bench-startup".equals(args[0])) {
            // start-up time to a healthy application (vn.his.web.bench)
            System.exit(BenchStartupCli.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "prepare-start".equals(args[0])) {
            // extracted layout and class-data sharing archive for a faster start (vn.his.web.launch)
            System.exit(PrepareStartCli.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(HisApplication.class, args);
    }
}
