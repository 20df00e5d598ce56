package com.pingyi.archfixture.transferleak.transfer;

/** A codec that keeps to the JDK: no breach. */
class QuietCodec {

    byte[] write(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
