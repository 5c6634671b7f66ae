package fr.raccrochage.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The console is the operator's: it shows what the commands print, plus this project's own
 * warnings (in French, one line each). Libraries' messages and stack traces (a lost database
 * connection gives dozens) go to the log file only; the command's own sentence says what to do.
 */
public class OperatorConsoleFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        boolean ours = event.getLoggerName().startsWith("fr.raccrochage.");
        return ours && event.getLevel().isGreaterOrEqual(Level.WARN) && event.getThrowableProxy() == null
                ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
