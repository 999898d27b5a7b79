package fr.clocher.wastebilling.service.treasury;

import java.nio.file.Path;

/** A PES file written and validated, waiting to be served (then deleted). */
record PesFile(Path path, String name, long size) {

}
