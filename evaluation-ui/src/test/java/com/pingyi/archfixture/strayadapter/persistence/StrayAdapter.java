package com.pingyi.archfixture.strayadapter.persistence;

/** Breach: a Spring component in the adapter that serves no port. */
@org.springframework.stereotype.Component
class StrayAdapter {

    String load() {
        return "row";
    }
}
