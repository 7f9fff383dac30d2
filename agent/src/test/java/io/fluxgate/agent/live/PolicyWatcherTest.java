package io.fluxgate.agent.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Both kinds of editor: those that write the file in place, and those that rename a new file over it. */
class PolicyWatcherTest {
    @TempDir
    Path dir;

    private final BlockingQueue<String> versions = new LinkedBlockingQueue<>();

    private String nextVersion() throws InterruptedException {
        return versions.poll(15, TimeUnit.SECONDS);
    }

    @Test
    void seesInPlaceWritesAndRenamesButNotRewritesOfTheSameContent() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.write(policy, "one".getBytes());
        try (PolicyWatcher watcher = PolicyWatcher.start(policy, 50, versions::add)) {
            Files.write(policy, "two".getBytes());
            assertEquals("two", nextVersion());

            Path temporary = dir.resolve(".policy.json.swp");
            Files.write(temporary, "three".getBytes());
            Files.move(temporary, policy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertEquals("three", nextVersion());

            Files.write(policy, "three".getBytes());
            Files.write(policy, "four".getBytes());
            assertEquals("four", nextVersion(), "the unchanged rewrite was not handed on");
        }
    }

    @Test
    void pollingAloneSeesChangesWhereTheFileSystemSendsNoEvents() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.write(policy, "one".getBytes());
        try (PolicyWatcher watcher = PolicyWatcher.start(policy, 50, versions::add, false)) {
            Files.write(policy, "two".getBytes());
            assertEquals("two", nextVersion());
            Path temporary = dir.resolve(".policy.json.swp");
            Files.write(temporary, "three".getBytes());
            Files.move(temporary, policy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertEquals("three", nextVersion());
        }
    }

    @Test
    void aRemovedFileKeepsThePolicyInForceUntilItComesBack() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.write(policy, "one".getBytes());
        try (PolicyWatcher watcher = PolicyWatcher.start(policy, 50, versions::add)) {
            Files.delete(policy);
            Files.write(policy, "two".getBytes());
            assertEquals("two", nextVersion());
            assertNull(versions.poll(), "nothing was handed on for the removal");
        }
    }
}
