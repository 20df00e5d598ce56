package com.pingyi.evaluation.application.port.out.archive;

/**
 * Turns a round archive into the bytes of its file and back. Writing is deterministic: the same archive
 * gives the same bytes. Reading refuses a file that is not a well-formed archive of a known format and
 * version with a {@code DomainException} ({@code archive.invalid}: the JSON path and what is wrong there),
 * before anything is written.
 */
public interface RoundArchiveCodecPort {

    byte[] write(RoundArchive archive);

    RoundArchive read(byte[] content);
}
