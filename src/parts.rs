//! Tables built at first use, built on several threads: a function run on contiguous parts
//! of a slice at once.

/// Most threads a table is built on.
const MAX_THREADS: usize = 4;

/// `f` of contiguous parts of `items`, in order: on up to four threads (as many as the process
/// may run at once; one for fewer than `min_part` items a thread). The threads are scoped
/// threads of their own, not the rayon pool: tables are built inside a `OnceLock`, and a
/// rayon worker waiting for its jobs could steal one that enters that `OnceLock` again. A
/// part no thread can be had for is done on the calling thread.
pub(crate) fn map_parts<T: Sync, U: Send>(
    items: &[T],
    min_part: usize,
    f: impl Fn(&[T]) -> U + Sync,
) -> Vec<U> {
    map_parts_on(items, threads(), min_part, f)
}

/// How many threads [`map_parts`] uses at most.
pub(crate) fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_THREADS)
}

/// [`map_parts`] on at most `threads` threads.
pub(crate) fn map_parts_on<T: Sync, U: Send>(
    items: &[T],
    threads: usize,
    min_part: usize,
    f: impl Fn(&[T]) -> U + Sync,
) -> Vec<U> {
    let threads = threads.min(items.len() / min_part.max(1)).max(1);
    if threads == 1 {
        return vec![f(items)];
    }
    let f = &f;
    let mut parts = items.chunks(items.len().div_ceil(threads));
    let first = parts.next().unwrap_or_default();
    std::thread::scope(|s| {
        let spawned: Vec<_> = parts
            .map(|part| {
                let h = std::thread::Builder::new().spawn_scoped(s, move || f(part));
                (part, h)
            })
            .collect();
        let mut out = Vec::with_capacity(threads);
        out.push(f(first));
        for (part, h) in spawned {
            out.push(match h {
                Ok(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                Err(_) => f(part),
            });
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::map_parts_on;

    #[test]
    fn parts_cover_the_items_in_order() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in 1..=5 {
            let parts = map_parts_on(&items, threads, 100, |p| p.to_vec());
            assert_eq!(parts.len(), threads);
            assert_eq!(parts.concat(), items);
        }
        // too few items for more than one part
        assert_eq!(map_parts_on(&items[..150], 4, 100, |p| p.len()), [150]);
        assert_eq!(map_parts_on(&items[..0], 4, 100, |p| p.len()), [0]);
    }
}
