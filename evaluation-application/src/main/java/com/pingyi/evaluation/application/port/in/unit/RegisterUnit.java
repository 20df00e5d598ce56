package com.pingyi.evaluation.application.port.in.unit;

/** Command: add a unit to the registry, e.g. 黄浦区教育局. */
public record RegisterUnit(String name) {
}
