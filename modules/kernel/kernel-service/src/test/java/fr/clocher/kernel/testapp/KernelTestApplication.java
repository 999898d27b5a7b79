package fr.clocher.kernel.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest service built on the kernel: no code of its own, the notes module comes
 * from its auto-configuration.
 */
@SpringBootApplication
public class KernelTestApplication {

}
