//! One zlib stream (RFC 1950) built from pieces compressed on different threads.
//!
//! A PNG's image data is a single zlib stream, which a single deflate call compresses on one
//! core. Deflate allows a stream to be cut into runs of blocks that end on a byte boundary (a
//! sync flush): each piece of the image is compressed on its own as raw deflate ending in a
//! sync flush (the last one ending the stream), the pieces are joined in order, and the zlib
//! header and the Adler-32 checksum of the whole input are put around them. The Adler-32 of
//! the whole is combined from the pieces' checksums, so nothing is read twice.
//!
//! Each piece starts with an empty history (the previous piece's last 32 KiB are not
//! referenced); on pieces of a few hundred kilobytes the size cost is a fraction of a
//! percent. The output depends only on the input, the cut points and the level, never on
//! the number of threads.

use flate2::{Compress, Compression, FlushCompress, Status};

/// The Adler-32 modulus.
const BASE: u32 = 65_521;

/// One compressed piece: raw deflate blocks and what the checksum needs of its input.
pub(super) struct Piece {
    /// Raw deflate data; ends on a byte boundary (sync flush), or ends the stream when the
    /// piece is the last.
    deflate: Vec<u8>,
    /// Adler-32 of the piece's input.
    adler: u32,
    /// Length of the piece's input in bytes.
    len: u64,
}

/// Compresses `input` at `level` (0–9) as one piece; `last` ends the deflate stream.
///
/// # Errors
///
/// Only when the compressor reports an internal error (it does not for valid levels).
pub(super) fn compress(input: &[u8], level: u32, last: bool) -> Result<Piece, std::io::Error> {
    let mut c = Compress::new(Compression::new(level.min(9)), false);
    let mut out = Vec::with_capacity(input.len() / 4 + 1024);
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity() / 2 + 1024);
        }
        let consumed = c.total_in() as usize;
        let status = c
            .compress_vec(&input[consumed..], &mut out, flush)
            .map_err(std::io::Error::other)?;
        let all_in = c.total_in() as usize == input.len();
        let done = match status {
            Status::StreamEnd => true,
            // A sync flush is complete once all input is in and the output had room left.
            _ => !last && all_in && out.len() < out.capacity(),
        };
        if done {
            break;
        }
    }
    Ok(Piece {
        deflate: out,
        adler: simd_adler32::adler32(&input),
        len: input.len() as u64,
    })
}

/// Joins pieces (in input order, the last compressed with `last`) into one zlib stream.
pub(super) fn join(pieces: &[Piece], level: u32) -> Vec<u8> {
    let size: usize = pieces.iter().map(|p| p.deflate.len()).sum();
    let mut out = Vec::with_capacity(size + 6);
    out.extend_from_slice(&header(level));
    let mut adler = 1;
    for p in pieces {
        out.extend_from_slice(&p.deflate);
        adler = combine(adler, p.adler, p.len);
    }
    out.extend_from_slice(&adler.to_be_bytes());
    out
}

/// The two zlib header bytes: deflate with a 32 KiB window, the level hint, and the check
/// bits that make the pair a multiple of 31.
fn header(level: u32) -> [u8; 2] {
    let cmf: u8 = 0x78;
    let flevel: u8 = match level {
        0 | 1 => 0,
        2..=5 => 1,
        6 => 2,
        _ => 3,
    };
    let flg = flevel << 6;
    let check = (31 - ((u16::from(cmf) * 256 + u16::from(flg)) % 31)) % 31;
    [cmf, flg | check as u8]
}

/// The Adler-32 of `a ++ b` from the checksums of `a` and `b` and the length of `b`.
///
/// Adler-32 keeps `s1 = 1 + Σ bytes` and `s2 = Σ s1 after each byte` (both mod 65521).
/// Appending `b` adds its byte sum to `s1`, and adds to `s2` its own `s2` plus, for each of
/// its `len` bytes, the `s1` that `a` left behind (less the 1 both counted).
fn combine(a: u32, b: u32, len: u64) -> u32 {
    let (a1, a2) = (a & 0xffff, a >> 16);
    let (b1, b2) = (b & 0xffff, b >> 16);
    let len = (len % u64::from(BASE)) as u32;
    let s1 = (a1 + b1 + BASE - 1) % BASE;
    let carried = (u64::from(len) * u64::from((a1 + BASE - 1) % BASE)) % u64::from(BASE);
    let s2 = ((u64::from(a2) + u64::from(b2) + carried) % u64::from(BASE)) as u32;
    (s2 << 16) | s1
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn adler_combines_like_one_pass() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
        for cut in [0, 1, 65_520, 65_521, 100_000, 200_000] {
            let (a, b) = data.split_at(cut);
            let joined = combine(
                simd_adler32::adler32(&a),
                simd_adler32::adler32(&b),
                b.len() as u64,
            );
            assert_eq!(joined, simd_adler32::adler32(&data.as_slice()), "cut {cut}");
        }
    }

    #[test]
    fn headers_are_valid() {
        for level in 0..=9 {
            let [cmf, flg] = header(level);
            assert_eq!((u16::from(cmf) * 256 + u16::from(flg)) % 31, 0);
        }
    }

    #[test]
    fn joined_pieces_inflate_to_the_input() {
        let data: Vec<u8> = (0..300_000u32)
            .map(|i| if i % 1000 < 900 { 255 } else { (i % 256) as u8 })
            .collect();
        for level in [1, 3, 6, 9] {
            let cuts = [0, 70_000, 70_001, 250_000, data.len()];
            let pieces: Vec<Piece> = cuts
                .windows(2)
                .enumerate()
                .map(|(i, w)| compress(&data[w[0]..w[1]], level, i == cuts.len() - 2).unwrap())
                .collect();
            let z = join(&pieces, level);
            let mut back = Vec::new();
            flate2::read::ZlibDecoder::new(z.as_slice())
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, data, "level {level}");
        }
    }
}
