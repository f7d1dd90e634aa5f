package no.imdi.grants.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits every uploaded file is checked within: its size, and the time, memory and work one
 * check may take, so that a hostile file costs the server a bounded amount and then is refused.
 *
 * @param maxBytes the largest file accepted (20 MB; the container's multipart limit is the same)
 * @param checkTimeout how long one check may run, and how long a file may wait for a free checker
 * @param mainMemoryBytes what PDFBox's stream cache keeps in memory before it uses temp files
 * @param tempStorageBytes what PDFBox's stream cache may write to temp files
 * @param tempFolder where those temp files go; outside the web root, readable by the server only
 * @param maxDecodedBytes the most stream data (object and cross-reference streams, XFA) a check
 *     decompresses: the bound on decompression bombs, which PDFBox decodes in memory
 * @param maxAllocatedBytes the most heap the checking thread may allocate in one check, which
 *     bounds what a file of millions of tiny objects can hold at once (JVMs that count allocation
 *     per thread, as HotSpot does)
 * @param maxObjects the most dictionaries, arrays and strings a check parses, and the most
 *     dictionaries and arrays it reads
 * @param parallelChecks how many checks run at once; more files wait, and then are told to retry
 */
public record UploadLimits(
    long maxBytes,
    Duration checkTimeout,
    long mainMemoryBytes,
    long tempStorageBytes,
    Path tempFolder,
    long maxDecodedBytes,
    long maxAllocatedBytes,
    int maxObjects,
    int parallelChecks) {

  public static final long MEGABYTE = 1024L * 1024L;
  public static final long DEFAULT_MAX_BYTES = 20 * MEGABYTE;

  public UploadLimits {
    Objects.requireNonNull(checkTimeout, "checkTimeout");
    Objects.requireNonNull(tempFolder, "tempFolder");
    if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBytes must be between 1 and 2 GB: " + maxBytes);
    }
    if (checkTimeout.isNegative() || checkTimeout.isZero()) {
      throw new IllegalArgumentException("checkTimeout must be positive: " + checkTimeout);
    }
    if (mainMemoryBytes < 1
        || tempStorageBytes < 1
        || maxDecodedBytes < 1
        || maxAllocatedBytes < 1
        || maxObjects < 1) {
      throw new IllegalArgumentException("Memory, decode and object limits must be positive");
    }
    if (parallelChecks < 1) {
      throw new IllegalArgumentException("parallelChecks must be at least 1: " + parallelChecks);
    }
  }

  /**
   * 20 MB files; a check at most 10 s, 64 MB decoded, 1 GB allocated, 500 000 objects; two at once.
   */
  public static UploadLimits defaults() {
    return new UploadLimits(
        DEFAULT_MAX_BYTES,
        Duration.ofSeconds(10),
        16 * MEGABYTE,
        256 * MEGABYTE,
        Path.of(System.getProperty("java.io.tmpdir"), "grants-pdf-checks"),
        64 * MEGABYTE,
        512 * MEGABYTE,
        500_000,
        1);
  }

  public UploadLimits withMaxBytes(long bytes) {
    return new UploadLimits(
        bytes,
        checkTimeout,
        mainMemoryBytes,
        tempStorageBytes,
        tempFolder,
        maxDecodedBytes,
        maxAllocatedBytes,
        maxObjects,
        parallelChecks);
  }

  public UploadLimits withCheckTimeout(Duration timeout) {
    return new UploadLimits(
        maxBytes,
        timeout,
        mainMemoryBytes,
        tempStorageBytes,
        tempFolder,
        maxDecodedBytes,
        maxAllocatedBytes,
        maxObjects,
        parallelChecks);
  }

  public UploadLimits withTempFolder(Path folder) {
    return new UploadLimits(
        maxBytes,
        checkTimeout,
        mainMemoryBytes,
        tempStorageBytes,
        folder,
        maxDecodedBytes,
        maxAllocatedBytes,
        maxObjects,
        parallelChecks);
  }

  public UploadLimits withMaxDecodedBytes(long bytes) {
    return new UploadLimits(
        maxBytes,
        checkTimeout,
        mainMemoryBytes,
        tempStorageBytes,
        tempFolder,
        bytes,
        maxAllocatedBytes,
        maxObjects,
        parallelChecks);
  }

  public UploadLimits withMaxAllocatedBytes(long bytes) {
    return new UploadLimits(
        maxBytes,
        checkTimeout,
        mainMemoryBytes,
        tempStorageBytes,
        tempFolder,
        maxDecodedBytes,
        bytes,
        maxObjects,
        parallelChecks);
  }

  public UploadLimits withMaxObjects(int objects) {
    return new UploadLimits(
        maxBytes,
        checkTimeout,
        mainMemoryBytes,
        tempStorageBytes,
        tempFolder,
        maxDecodedBytes,
        maxAllocatedBytes,
        objects,
        parallelChecks);
  }

  public UploadLimits withParallelChecks(int checks) {
    return new UploadLimits(
        maxBytes,
        checkTimeout,
        mainMemoryBytes,
        tempStorageBytes,
        tempFolder,
        maxDecodedBytes,
        maxAllocatedBytes,
        maxObjects,
        checks);
  }
}
