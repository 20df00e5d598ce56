/**
 * Fixture packages, each holding one deliberate breach of one architecture rule beside code that
 * keeps it, so that a test can show the rule reports exactly that breach. Never production code.
 */
package com.pingyi.archfixture;
