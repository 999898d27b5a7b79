package fr.clocher.kernel.keycloak;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parts that need no Keycloak.
 */
class KernelKeycloakUnitTests {

	@TempDir
	Path temp;

	@Test
	void theVersionIsTheOneThePomPins() {
		assertThat(KeycloakDistribution.bundledVersion()).isEqualTo("26.7.3");
	}

	@Test
	void theRealmFileIsFoundFromAnySubdirectoryOfTheRepository() throws IOException {
		Path realm = this.temp.resolve(ClocherRealm.FILE);
		Files.createDirectories(realm.getParent());
		Files.writeString(realm, "{}");
		Path deep = Files.createDirectories(this.temp.resolve("modules/kernel/kernel-keycloak"));
		assertThat(ClocherRealm.findFile(deep)).contains(realm);
		assertThat(ClocherRealm.findFile(Files.createTempDirectory("elsewhere"))).isEmpty();
	}

	@Test
	void theMavenRepositoryOfTheSettingsFileWins() throws IOException {
		Path settings = this.temp.resolve("settings.xml");
		Files.writeString(settings, "<settings><localRepository> ${user.home}/repo </localRepository></settings>");
		assertThat(LocalMavenRepository.fromSettings(settings, Path.of("/home/someone")))
			.contains(Path.of("/home/someone/repo"));
		LocalMavenRepository repository = new LocalMavenRepository(Path.of("/r"));
		assertThat(repository.artifact("org.keycloak", "keycloak-quarkus-dist", "26.7.3", "zip"))
			.isEqualTo(Path.of("/r/org/keycloak/keycloak-quarkus-dist/26.7.3/keycloak-quarkus-dist-26.7.3.zip"));
	}

	@Test
	void unzippingRefusesEntriesOutsideTheTargetAndMakesScriptsExecutable() throws IOException {
		Path good = zip("good.zip", "keycloak-x/bin/kc.sh");
		Path target = this.temp.resolve("out");
		Unzipper.unzip(good, target);
		assertThat(Files.isExecutable(target.resolve("keycloak-x/bin/kc.sh"))).isTrue();
		Path evil = zip("evil.zip", "../escaped.txt");
		assertThatThrownBy(() -> Unzipper.unzip(evil, this.temp.resolve("out2"))).isInstanceOf(IOException.class);
		assertThat(this.temp.resolve("escaped.txt")).doesNotExist();
	}

	@Test
	void aMissingZipSaysHowToFetchIt() {
		KeycloakDistribution distribution = new KeycloakDistribution("26.7.3", this.temp.resolve("none.zip"),
				this.temp.resolve("cache/keycloak-26.7.3"));
		assertThatThrownBy(distribution::install).hasMessageContaining("dependency:get")
			.hasMessageContaining("keycloak-quarkus-dist:26.7.3:zip");
	}

	private Path zip(String name, String entry) throws IOException {
		Path zip = this.temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
			zipOut.putNextEntry(new ZipEntry(entry));
			zipOut.write("#!/bin/sh\n".getBytes());
			zipOut.closeEntry();
		}
		return zip;
	}

}
