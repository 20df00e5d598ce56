package com.pingyi.archfixture.classport.application.port.out;

/** A record carried by a port: allowed beside the port interfaces. */
public record SavedRow(String value) {
}
