/** Application-wide beans: the clock every command is stamped with, the randomness ids and tokens are drawn from. */
package org.foodtrace.api.config;
