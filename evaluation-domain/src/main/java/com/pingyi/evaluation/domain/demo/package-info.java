/** The illustrative Shanghai 2019 demo round and synthetic rounds for benchmarks. */
package com.pingyi.evaluation.domain.demo;
