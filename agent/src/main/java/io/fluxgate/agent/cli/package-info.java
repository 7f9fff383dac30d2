/**
 * {@code java -jar fluxgate.jar <command>}: {@link io.fluxgate.agent.cli.Main} picks one
 * {@code Command} ({@code validate}, {@code --version}); a new verb is one more class.
 * {@code validate --classpath} adds {@code ClasspathCheck}, which looks for the policy's classes
 * and methods in the application's jars, loading classes without initializing them.
 */
package io.fluxgate.agent.cli;
