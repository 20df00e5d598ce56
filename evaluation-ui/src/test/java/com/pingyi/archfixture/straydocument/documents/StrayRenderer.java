package com.pingyi.archfixture.straydocument.documents;

/** Breach: a Spring component in the documents adapter that serves no port. */
@org.springframework.stereotype.Component
class StrayRenderer {

    byte[] render(String text) {
        return new byte[0];
    }
}
