package com.pingyi.evaluation.architecture;

/**
 * Package patterns of the modules. Anchored at {@code com.pingyi} so that a library's package
 * of the same name (Spring Data's {@code org.springframework.data.domain}) never passes for ours,
 * and relative below it, so that every rule can be run on a fixture package as well.
 */
final class Layers {

    static final String ROOT = "com.pingyi.evaluation";

    static final String DOMAIN = "com.pingyi..domain..";
    static final String APPLICATION = "com.pingyi..application..";
    static final String INPUT_PORTS = "com.pingyi..application.port.in..";
    static final String OUTPUT_PORTS = "com.pingyi..application.port.out..";
    static final String READ_MODELS = "com.pingyi..application.readmodel..";
    static final String USE_CASE_SERVICES = "com.pingyi..application.service..";
    static final String PERSISTENCE = "com.pingyi..persistence..";
    static final String DOCUMENTS = "com.pingyi..documents..";
    static final String TRANSFER = "com.pingyi..transfer..";
    static final String UI = "com.pingyi..ui..";
    static final String FILES = "com.pingyi..files..";

    private Layers() {
    }
}
