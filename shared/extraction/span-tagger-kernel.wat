;; The span tagger's first layer in WebAssembly, for its 24 hidden units: six vectors of
;; four float32 lanes held in locals while a position's table rows are added.
;; Source of span-tagger-kernel.ts (regenerate: node scripts/build-tagger-kernel.mjs).
;;
;; The JavaScript form added float32 table rows one by one, rounding each sum to float32
;; (Math.fround). f32x4.add is that same IEEE single-precision addition, four lanes at a
;; time, so the result is identical to the bit; the rows are added in the same order
;; (bias, then each position in reach from left to right, then each feature group).
(module
  (memory (export "memory") 1)

  ;; For each position t < n and hidden unit h < 24:
  ;;   x[t * 24 + h] = max(0, bias[h] + sum over src in reach, then group g, of
  ;;                          table[gids[src * groups + g] + (src - t + pad) * 24 + h])
  ;; gids hold element offsets into the table; table, gids, bias and x are byte addresses.
  (func (export "firstLayer")
    (param $n i32) (param $kernel i32) (param $groups i32)
    (param $table i32) (param $gids i32) (param $bias i32) (param $x i32)
    (local $t i32) (local $pad i32) (local $from i32) (local $to i32) (local $src i32)
    (local $gidAt i32) (local $gidEnd i32) (local $shift i32) (local $row i32) (local $out i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $a4 v128) (local $a5 v128)
    (local.set $pad (i32.shr_u (local.get $kernel) (i32.const 1)))
    (block $doneT
      (loop $eachT
        (br_if $doneT (i32.ge_s (local.get $t) (local.get $n)))
        ;; from = max(0, t - pad); to = min(n - 1, t + kernel - 1 - pad)
        (local.set $from (i32.sub (local.get $t) (local.get $pad)))
        (if (i32.lt_s (local.get $from) (i32.const 0)) (then (local.set $from (i32.const 0))))
        (local.set $to (i32.sub (i32.add (local.get $t) (i32.sub (local.get $kernel) (i32.const 1))) (local.get $pad)))
        (if (i32.gt_s (local.get $to) (i32.sub (local.get $n) (i32.const 1)))
          (then (local.set $to (i32.sub (local.get $n) (i32.const 1)))))
        (local.set $a0 (v128.load offset=0 (local.get $bias)))
        (local.set $a1 (v128.load offset=16 (local.get $bias)))
        (local.set $a2 (v128.load offset=32 (local.get $bias)))
        (local.set $a3 (v128.load offset=48 (local.get $bias)))
        (local.set $a4 (v128.load offset=64 (local.get $bias)))
        (local.set $a5 (v128.load offset=80 (local.get $bias)))
        (local.set $src (local.get $from))
        (block $doneSrc
          (loop $eachSrc
            (br_if $doneSrc (i32.gt_s (local.get $src) (local.get $to)))
            ;; Byte shift of the kernel offset's row within a block: (src - t + pad) * 24 * 4.
            (local.set $shift
              (i32.add (local.get $table)
                (i32.mul (i32.add (i32.sub (local.get $src) (local.get $t)) (local.get $pad)) (i32.const 96))))
            (local.set $gidAt (i32.add (local.get $gids) (i32.shl (i32.mul (local.get $src) (local.get $groups)) (i32.const 2))))
            (local.set $gidEnd (i32.add (local.get $gidAt) (i32.shl (local.get $groups) (i32.const 2))))
            (block $doneG
              (loop $eachG
                (br_if $doneG (i32.ge_u (local.get $gidAt) (local.get $gidEnd)))
                (local.set $row (i32.add (local.get $shift) (i32.shl (i32.load (local.get $gidAt)) (i32.const 2))))
                (local.set $a0 (f32x4.add (local.get $a0) (v128.load offset=0 (local.get $row))))
                (local.set $a1 (f32x4.add (local.get $a1) (v128.load offset=16 (local.get $row))))
                (local.set $a2 (f32x4.add (local.get $a2) (v128.load offset=32 (local.get $row))))
                (local.set $a3 (f32x4.add (local.get $a3) (v128.load offset=48 (local.get $row))))
                (local.set $a4 (f32x4.add (local.get $a4) (v128.load offset=64 (local.get $row))))
                (local.set $a5 (f32x4.add (local.get $a5) (v128.load offset=80 (local.get $row))))
                (local.set $gidAt (i32.add (local.get $gidAt) (i32.const 4)))
                (br $eachG)))
            (local.set $src (i32.add (local.get $src) (i32.const 1)))
            (br $eachSrc)))
        ;; ReLU as the JavaScript form wrote it, acc > 0 ? acc : 0, is pmax(0, acc) = 0 < acc ? acc : 0.
        (local.set $out (i32.add (local.get $x) (i32.mul (local.get $t) (i32.const 96))))
        (v128.store offset=0 (local.get $out) (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $a0)))
        (v128.store offset=16 (local.get $out) (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $a1)))
        (v128.store offset=32 (local.get $out) (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $a2)))
        (v128.store offset=48 (local.get $out) (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $a3)))
        (v128.store offset=64 (local.get $out) (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $a4)))
        (v128.store offset=80 (local.get $out) (f32x4.pmax (v128.const f32x4 0 0 0 0) (local.get $a5)))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $eachT))))
)
