package com.pingyi.archfixture.strayfileadapter.files;

/** Breach: a Spring component in the file adapter that serves no port. */
@org.springframework.stereotype.Component
class StrayReader {
    String cells(byte[] file) {
        return "A1";
    }
}
