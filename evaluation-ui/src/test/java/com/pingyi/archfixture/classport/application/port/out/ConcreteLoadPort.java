package com.pingyi.archfixture.classport.application.port.out;

/** Breach: an output port that is a class, fixing how storage works. */
public class ConcreteLoadPort {

    public String load() {
        return "row";
    }
}
