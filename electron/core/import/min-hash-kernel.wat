;; The MinHash signature of near-duplicates.ts, sixteen hash functions a pass, four lanes at a time.
;; Source of min-hash-kernel.ts (regenerate: node scripts/build-min-hash-kernel.mjs).
;;
;; Each hash function is mix32 (MurmurHash3's finaliser) of the shingle XOR the function's seed, and
;; the signature keeps each function's least value over all shingles. i32x4.mul keeps the low 32 bits
;; as Math.imul does, shifts are logical as >>> is, and i32x4.min_u compares as unsigned as the
;; JavaScript did on values made unsigned by >>> 0: the signature is the same to the bit.
;;
;; Memory: the 64 seeds at 0, the signature written at 256, the shingle hashes from 512 on.
(module
  (memory (export "memory") 1)

  (func (export "minHash") (param $count i32)
    (local $group i32) (local $at i32) (local $end i32)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128)
    (local $c1 v128) (local $c2 v128) (local $v v128) (local $x v128)
    (local.set $c1 (v128.const i32x4 0x85ebca6b 0x85ebca6b 0x85ebca6b 0x85ebca6b))
    (local.set $c2 (v128.const i32x4 0xc2b2ae35 0xc2b2ae35 0xc2b2ae35 0xc2b2ae35))
    (local.set $end (i32.add (i32.const 512) (i32.shl (local.get $count) (i32.const 2))))
    ;; group: byte offset of the pass's first seed, 64 bytes (16 seeds) a pass.
    (block $doneGroups
      (loop $eachGroup
        (br_if $doneGroups (i32.ge_u (local.get $group) (i32.const 256)))
        (local.set $s0 (v128.load offset=0 (local.get $group)))
        (local.set $s1 (v128.load offset=16 (local.get $group)))
        (local.set $s2 (v128.load offset=32 (local.get $group)))
        (local.set $s3 (v128.load offset=48 (local.get $group)))
        (local.set $m0 (v128.const i32x4 -1 -1 -1 -1))
        (local.set $m1 (v128.const i32x4 -1 -1 -1 -1))
        (local.set $m2 (v128.const i32x4 -1 -1 -1 -1))
        (local.set $m3 (v128.const i32x4 -1 -1 -1 -1))
        (local.set $at (i32.const 512))
        (block $doneShingles
          (loop $eachShingle
            (br_if $doneShingles (i32.ge_u (local.get $at) (local.get $end)))
            (local.set $v (i32x4.splat (i32.load (local.get $at))))
            (local.set $x (v128.xor (local.get $v) (local.get $s0)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c1)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 13))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c2)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $m0 (i32x4.min_u (local.get $m0) (local.get $x)))
            (local.set $x (v128.xor (local.get $v) (local.get $s1)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c1)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 13))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c2)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $m1 (i32x4.min_u (local.get $m1) (local.get $x)))
            (local.set $x (v128.xor (local.get $v) (local.get $s2)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c1)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 13))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c2)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $m2 (i32x4.min_u (local.get $m2) (local.get $x)))
            (local.set $x (v128.xor (local.get $v) (local.get $s3)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c1)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 13))))
            (local.set $x (i32x4.mul (local.get $x) (local.get $c2)))
            (local.set $x (v128.xor (local.get $x) (i32x4.shr_u (local.get $x) (i32.const 16))))
            (local.set $m3 (i32x4.min_u (local.get $m3) (local.get $x)))
            (local.set $at (i32.add (local.get $at) (i32.const 4)))
            (br $eachShingle)))
        (v128.store offset=256 (local.get $group) (local.get $m0))
        (v128.store offset=272 (local.get $group) (local.get $m1))
        (v128.store offset=288 (local.get $group) (local.get $m2))
        (v128.store offset=304 (local.get $group) (local.get $m3))
        (local.set $group (i32.add (local.get $group) (i32.const 64)))
        (br $eachGroup)))))
