package org.selvedge.cli;

/**
 * What a batch run may have in flight: at most {@code maxLines} lines, and at most {@code capacity}
 * estimated heap bytes of lines being processed (charged when the reader admits them, released when
 * their task ends) and of results waiting to be written (charged when their task ends, released when
 * written).
 *
 * <p>Only the reader waits here to admit a line, so workers never block on the budget and the writer
 * only waits for work that cannot itself wait: there is no cycle. A line whose cost is larger than the
 * whole budget is admitted when nothing else is in flight, and then runs alone. The writer can take
 * the budget exclusively to run a line again alone after it ran out of memory beside others.
 *
 * <p>A reader waiting for room is woken once a quarter of the line window and a quarter of the bytes
 * are free, not for every line written: a few wake-ups per hundred lines instead of one per line.
 */
final class ByteBudget {
    private final long capacity;
    private final int maxLines;
    private final int wakeRoom;
    private long work;
    private long results;
    private int lines;
    private long peak;
    private boolean exclusive;
    private int exclusiveWaiting;
    private boolean aborted;
    private int waiters;
    private long readerWants = -1; // the cost the reader waits to admit, or -1

    ByteBudget(long capacity, int maxLines) {
        if (capacity < 1 || maxLines < 1) {
            throw new IllegalArgumentException("a budget must allow one byte and one line");
        }
        this.capacity = capacity;
        this.maxLines = maxLines;
        this.wakeRoom = Math.max(1, maxLines / 4);
    }

    long capacity() {
        return capacity;
    }

    /**
     * Waits until one more line fits and {@code cost} fits beside what is in flight (a cost over the
     * capacity: until nothing is in flight), then charges it as work.
     *
     * @return false when the run was aborted meanwhile
     */
    synchronized boolean admit(long cost) throws InterruptedException {
        while (!aborted && !fits(cost, 1, 0)) {
            readerWants = cost;
            try {
                await();
            } finally {
                readerWants = -1;
            }
        }
        if (aborted) {
            return false;
        }
        work += cost;
        lines++;
        peak = Math.max(peak, inFlight());
        return true;
    }

    /** Whether a line of {@code cost} may start, with {@code room} lines and {@code slack} bytes to spare. */
    private boolean fits(long cost, int room, long slack) {
        return !exclusive && exclusiveWaiting == 0 && lines + room <= maxLines
                && (inFlight() == 0 || inFlight() + cost + slack <= capacity);
    }

    /** A task ended: its work is released and its result, of {@code resultCost}, held until written. */
    synchronized void finished(long workCost, long resultCost) {
        work -= workCost;
        results += resultCost;
        peak = Math.max(peak, inFlight());
        wake();
    }

    /** A result was written. */
    synchronized void written(long resultCost) {
        results -= resultCost;
        lines--;
        wake();
    }

    /** Waits until no work is in flight and keeps new work out until {@link #endExclusive()}. */
    synchronized void beginExclusive() throws InterruptedException {
        exclusiveWaiting++;
        try {
            while (!aborted && (exclusive || work > 0)) {
                await();
            }
        } finally {
            exclusiveWaiting--;
        }
        exclusive = true;
    }

    synchronized void endExclusive() {
        exclusive = false;
        notifyAll();
    }

    /** Waits until nothing is in flight (or the run was aborted). */
    synchronized void awaitIdle() throws InterruptedException {
        while (!aborted && inFlight() > 0) {
            await();
        }
    }

    /** Wakes every waiter for good: the run is over. */
    synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    /** The most estimated bytes ever in flight at once (for tests). */
    synchronized long peak() {
        return peak;
    }

    private long inFlight() {
        return work + results;
    }

    private void await() throws InterruptedException {
        waiters++;
        try {
            wait();
        } finally {
            waiters--;
        }
    }

    /** Bytes to spare before the waiting reader is woken: a quarter of the budget, less for a line near its size. */
    private long wakeSlack(long cost) {
        return Math.min(capacity / 4, (capacity - Math.min(cost, capacity)) / 2);
    }

    /** Wakes the waiters when one of them can go on (the reader: once there is room for a batch of lines). */
    private void wake() {
        if (waiters == 0) {
            return;
        }
        boolean reader = readerWants >= 0 && (lines == 0 || fits(readerWants, wakeRoom, wakeSlack(readerWants)));
        boolean exclusiveOrIdle = exclusiveWaiting > 0 ? work == 0 : inFlight() == 0;
        if (reader || exclusiveOrIdle) {
            notifyAll();
        }
    }
}
