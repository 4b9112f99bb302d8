// The classes spend much of their time waiting on app processes they start (start-up, sign-in hashing in another
// process, rate-limit windows): on the 2-core CI machine the run used about 45% of the CPU with two at a time (ADR 0150).
[assembly: Xunit.CollectionBehavior(MaxParallelThreads = 3)]
