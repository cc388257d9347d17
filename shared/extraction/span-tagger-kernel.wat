;; The span tagger's first two layers in WebAssembly. The first, for its 24 hidden units: six
;; vectors of four float32 lanes held in locals while a position's table rows are added.
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
;; The second layer, for the trained shape: 24 inputs, 12 outputs, kernel 3. The JavaScript
;; form summed in float64: each output from its float32 bias, then for each position in reach
;; from left to right, each input above zero in ascending order, weight x input, both read as
;; float32. Here six f64x2 vectors hold the twelve sums and add the same products in the same
;; order (a float32 product is exact in float64), so the sums are equal to the bit; ReLU, then
;; rounding to float32, as storing into a Float32Array did. The weights and bias are stored
;; already widened to float64 (exactly), so each product needs no conversion.
;;
;; About half the inputs are zero, in no pattern a branch predictor can learn: a test per input
;; mispredicted about as often as it skipped. So each position's inputs above zero are listed
;; first, without a branch (the index is written at the list's end, which moves on only when
;; the input is above zero), once per position rather than once per position and output; the
;; sums then walk the lists, whose only branch is the loop's end.
  ;; For each position t < n and output o < 12:
  ;;   y[t * 12 + o] = f32(max(0, bias[o] + sum over src in reach, then i < 24 with
  ;;                               x[src * 24 + i] > 0, of w[((src - t + 1) * 24 + i) * 12 + o] * x[src * 24 + i]))
  ;; x, w, bias and y are byte addresses; x and y hold float32, w and bias float64. nz is room
  ;; for n lists of 25 i32: a count, then up to 24 input offsets in bytes (i * 4).
  (func (export "secondLayer")
    (param $n i32) (param $x i32) (param $w i32) (param $bias i32) (param $y i32) (param $nz i32)
    (local $t i32) (local $src i32) (local $to i32) (local $xAt i32) (local $wAt i32)
    (local $list i32) (local $listEnd i32) (local $i i32) (local $count i32) (local $at i32)
    (local $vv v128) (local $row i32) (local $out i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $a4 v128) (local $a5 v128)
    ;; The lists: list[src] at nz + src * 100, its count first.
    (block $doneP
      (loop $eachP
        (br_if $doneP (i32.ge_s (local.get $t) (local.get $n)))
        (local.set $xAt (i32.add (local.get $x) (i32.mul (local.get $t) (i32.const 96))))
        (local.set $list (i32.add (i32.add (local.get $nz) (i32.mul (local.get $t) (i32.const 100))) (i32.const 4)))
        (local.set $count (i32.const 0))
        (local.set $i (i32.const 0))
        (block $doneL
          (loop $eachL
            (br_if $doneL (i32.ge_u (local.get $i) (i32.const 96)))
            (i32.store (i32.add (local.get $list) (i32.shl (local.get $count) (i32.const 2))) (local.get $i))
            (local.set $count (i32.add (local.get $count)
              (f32.gt (f32.load (i32.add (local.get $xAt) (local.get $i))) (f32.const 0))))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (br $eachL)))
        (i32.store (i32.sub (local.get $list) (i32.const 4)) (local.get $count))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $eachP)))
    (local.set $t (i32.const 0))
    (block $doneT
      (loop $eachT
        (br_if $doneT (i32.ge_s (local.get $t) (local.get $n)))
        (local.set $a0 (v128.load offset=0 (local.get $bias)))
        (local.set $a1 (v128.load offset=16 (local.get $bias)))
        (local.set $a2 (v128.load offset=32 (local.get $bias)))
        (local.set $a3 (v128.load offset=48 (local.get $bias)))
        (local.set $a4 (v128.load offset=64 (local.get $bias)))
        (local.set $a5 (v128.load offset=80 (local.get $bias)))
        ;; src = max(0, t - 1); to = min(n - 1, t + 1)
        (local.set $src (i32.sub (local.get $t) (i32.const 1)))
        (if (i32.lt_s (local.get $src) (i32.const 0)) (then (local.set $src (i32.const 0))))
        (local.set $to (i32.add (local.get $t) (i32.const 1)))
        (if (i32.gt_s (local.get $to) (i32.sub (local.get $n) (i32.const 1)))
          (then (local.set $to (i32.sub (local.get $n) (i32.const 1)))))
        (block $doneSrc
          (loop $eachSrc
            (br_if $doneSrc (i32.gt_s (local.get $src) (local.get $to)))
            ;; The inputs of position src (24 float32), and the weights of kernel offset src - t + 1
            ;; (24 rows of 12 float64, 2304 bytes).
            (local.set $xAt (i32.add (local.get $x) (i32.mul (local.get $src) (i32.const 96))))
            (local.set $wAt
              (i32.add (local.get $w)
                (i32.mul (i32.add (i32.sub (local.get $src) (local.get $t)) (i32.const 1)) (i32.const 2304))))
            (local.set $at (i32.add (local.get $nz) (i32.mul (local.get $src) (i32.const 100))))
            (local.set $listEnd (i32.add (i32.add (local.get $at) (i32.const 4)) (i32.shl (i32.load (local.get $at)) (i32.const 2))))
            (local.set $at (i32.add (local.get $at) (i32.const 4)))
            (block $doneI
              (loop $eachI
                (br_if $doneI (i32.ge_u (local.get $at) (local.get $listEnd)))
                ;; i * 4 in bytes: the input at xAt + i * 4, its weight row at wAt + i * 96.
                (local.set $i (i32.load (local.get $at)))
                (local.set $vv (f64x2.splat (f64.promote_f32 (f32.load (i32.add (local.get $xAt) (local.get $i))))))
                (local.set $row (i32.add (local.get $wAt) (i32.mul (local.get $i) (i32.const 24))))
                (local.set $a0 (f64x2.add (local.get $a0)
                  (f64x2.mul (v128.load offset=0 (local.get $row)) (local.get $vv))))
                (local.set $a1 (f64x2.add (local.get $a1)
                  (f64x2.mul (v128.load offset=16 (local.get $row)) (local.get $vv))))
                (local.set $a2 (f64x2.add (local.get $a2)
                  (f64x2.mul (v128.load offset=32 (local.get $row)) (local.get $vv))))
                (local.set $a3 (f64x2.add (local.get $a3)
                  (f64x2.mul (v128.load offset=48 (local.get $row)) (local.get $vv))))
                (local.set $a4 (f64x2.add (local.get $a4)
                  (f64x2.mul (v128.load offset=64 (local.get $row)) (local.get $vv))))
                (local.set $a5 (f64x2.add (local.get $a5)
                  (f64x2.mul (v128.load offset=80 (local.get $row)) (local.get $vv))))
                (local.set $at (i32.add (local.get $at) (i32.const 4)))
                (br $eachI)))
            (local.set $src (i32.add (local.get $src) (i32.const 1)))
            (br $eachSrc)))
        ;; ReLU as the JavaScript form wrote it, s > 0 ? s : 0, is pmax(0, s); then two float32 per vector.
        (local.set $out (i32.add (local.get $y) (i32.mul (local.get $t) (i32.const 48))))
        (v128.store64_lane offset=0 0 (local.get $out) (f32x4.demote_f64x2_zero (f64x2.pmax (v128.const f64x2 0 0) (local.get $a0))))
        (v128.store64_lane offset=8 0 (local.get $out) (f32x4.demote_f64x2_zero (f64x2.pmax (v128.const f64x2 0 0) (local.get $a1))))
        (v128.store64_lane offset=16 0 (local.get $out) (f32x4.demote_f64x2_zero (f64x2.pmax (v128.const f64x2 0 0) (local.get $a2))))
        (v128.store64_lane offset=24 0 (local.get $out) (f32x4.demote_f64x2_zero (f64x2.pmax (v128.const f64x2 0 0) (local.get $a3))))
        (v128.store64_lane offset=32 0 (local.get $out) (f32x4.demote_f64x2_zero (f64x2.pmax (v128.const f64x2 0 0) (local.get $a4))))
        (v128.store64_lane offset=40 0 (local.get $out) (f32x4.demote_f64x2_zero (f64x2.pmax (v128.const f64x2 0 0) (local.get $a5))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $eachT))))
)
