package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code glyphgan} launcher script rebuilds with Maven only when a file that goes into the jar is
 * newer than the jar. It runs here in a copy of the repository layout, with {@code mvn} and
 * {@code java} replaced by scripts that record their calls.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "glyphgan");
    /** The copied jar's time: a day ago, so a source one minute newer is still in the past. */
    private static final Instant JAR_TIME = Instant.now().minusSeconds(24 * 3600);

    @TempDir
    Path root;

    private Path calls;

    @BeforeEach
    void layout() throws IOException {
        Files.copy(LAUNCHER, root.resolve("glyphgan"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("fonts"));
        Files.createDirectories(root.resolve("model-training/src/main/java"));
        Files.writeString(root.resolve("fonts/manifest.json"), "{}");
        Path jar = root.resolve("plugin/target/glyphgan-plugin.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.writeString(root.resolve("plugin/target/classpath.txt"), "dependency.jar");
        calls = root.resolve("calls.txt");
        Path bin = Files.createDirectories(root.resolve("bin"));
        // A build started while the file edit-during-build exists saves a source before it ends.
        Path editMarker = root.resolve("edit-during-build");
        script(bin.resolve("mvn"), "echo mvn >> '" + calls + "'\n"
                + "if [ -f '" + editMarker + "' ]; then rm '" + editMarker + "'; sleep 0.1;"
                + " echo 'class Edited {}' > '" + root.resolve("model-training/src/main/java/Edited.java") + "'; fi");
        script(bin.resolve("java"), "echo java >> '" + calls + "'");
        for (Path file : new Path[] {root.resolve("pom.xml"), root.resolve("fonts/manifest.json"), jar}) {
            Files.setLastModifiedTime(file, FileTime.from(JAR_TIME.minusSeconds(60)));
        }
        Files.setLastModifiedTime(jar, FileTime.from(JAR_TIME));
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Writes a source file under the copied layout, one minute newer than the jar. */
    private void newerSource(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class Source {}");
        Files.setLastModifiedTime(file, FileTime.from(JAR_TIME.plusSeconds(60)));
    }

    /** Runs the launcher with {@code --help} and returns the recorded calls, one word per line. */
    private String run() throws Exception {
        Files.deleteIfExists(calls);
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("glyphgan").toString(), "--help");
        builder.environment().put("PATH", root.resolve("bin") + ":/usr/bin:/bin");
        builder.redirectErrorStream(true).redirectOutput(root.resolve("output.txt").toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher timed out");
        String output = Files.readString(root.resolve("output.txt"));
        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains("find:"), output);
        return Files.readString(calls, StandardCharsets.UTF_8);
    }

    @Test
    void upToDateJarRunsWithoutBuild() throws Exception {
        assertEquals("java\n", run());
    }

    @Test
    void newerTestSourceDoesNotBuild() throws Exception {
        newerSource("plugin/src/test/java/SourceTest.java");
        assertEquals("java\n", run());
    }

    @Test
    void sourceSavedDuringBuildBuildsAgain() throws Exception {
        newerSource("model-training/src/main/java/Source.java");
        Files.writeString(root.resolve("edit-during-build"), "");
        assertEquals("mvn\njava\n", run());
        assertEquals("mvn\njava\n", run());
        assertEquals("java\n", run());
    }

    @Test
    void newerMainSourceBuildsOnce() throws Exception {
        newerSource("model-training/src/main/java/Source.java");
        assertEquals("mvn\njava\n", run());
        assertEquals("java\n", run());
    }
}
