"""Trains Parley's span tagger: a small convolutional BIO tagger over the feature ids
written by scripts/tagger-data.ts, and saves its weights as plain arrays (JSON) for the
TypeScript tagger in shared/extraction/span-tagger.ts.

    /usr/bin/python3 scripts/train_tagger.py DATA_DIR OUT_JSON

Needs PyTorch (Debian's python3-torch); the product never does. Deterministic on one
thread: fixed seeds, fixed order.
"""
import json
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn

torch.set_num_threads(1)
torch.manual_seed(7)
np.random.seed(7)

EMBEDDING_DIMS = [24, 12, 6, 6, 3, 6, 6, 3]
HIDDEN = [24, 12]
KERNELS = [5, 3]
EPOCHS = 8
BATCH = 32
# Content, source and cue labels are rarer than O and matter more.
LABEL_WEIGHTS = [0.5, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0]


class Tagger(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.embeddings = nn.ModuleList(nn.Embedding(n, d, padding_idx=0) for n, d in zip(sizes, EMBEDDING_DIMS))
        layers = []
        width = sum(EMBEDDING_DIMS)
        for hidden, kernel in zip(HIDDEN, KERNELS):
            layers.append(nn.Conv1d(width, hidden, kernel, padding=kernel // 2))
            width = hidden
        self.convs = nn.ModuleList(layers)
        self.dropout = nn.Dropout(0.2)
        self.out = nn.Linear(width, 7)

    def forward(self, ids):
        # ids: batch x length x features
        x = torch.cat([e(ids[:, :, f]) for f, e in enumerate(self.embeddings)], dim=2)
        x = self.dropout(x).transpose(1, 2)
        for conv in self.convs:
            x = self.dropout(torch.relu(conv(x)))
        return self.out(x.transpose(1, 2))


def main():
    data, out_path = Path(sys.argv[1]), Path(sys.argv[2])
    meta = json.loads((data / "meta.json").read_text())
    nf = meta["featureCount"]
    features = np.fromfile(data / "features.i32", dtype=np.int32).reshape(-1, nf)
    labels = np.fromfile(data / "labels.u8", dtype=np.uint8).astype(np.int64)
    lengths = np.fromfile(data / "lengths.i32", dtype=np.int32)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    model = Tagger(meta["sizes"])
    optimiser = torch.optim.Adam(model.parameters(), lr=2e-3)
    loss_fn = nn.CrossEntropyLoss(weight=torch.tensor(LABEL_WEIGHTS), ignore_index=-1)
    order = np.arange(len(lengths))
    for epoch in range(EPOCHS):
        np.random.shuffle(order)
        model.train()
        total, count = 0.0, 0
        for b in range(0, len(order), BATCH):
            batch = order[b : b + BATCH]
            longest = int(lengths[batch].max())
            ids = np.zeros((len(batch), longest, nf), dtype=np.int64)
            gold = np.full((len(batch), longest), -1, dtype=np.int64)
            for row, s in enumerate(batch):
                n = lengths[s]
                ids[row, :n] = features[offsets[s] : offsets[s] + n]
                gold[row, :n] = labels[offsets[s] : offsets[s] + n]
            scores = model(torch.from_numpy(ids))
            loss = loss_fn(scores.reshape(-1, 7), torch.from_numpy(gold).reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item() * len(batch)
            count += len(batch)
        print(f"tagger epoch {epoch + 1}: {count} sentences, mean loss {total / count:.4f}", flush=True)
    model.eval()

    def plain(t, digits=4):
        return np.round(t.detach().numpy().astype(np.float64), digits).tolist()

    weights = {
        "vocab": meta["vocab"],
        "labels": meta["labels"],
        "embeddings": [plain(e.weight) for e in model.embeddings],
        # Conv1d weights are out x in x kernel.
        "convs": [{"weight": plain(c.weight), "bias": plain(c.bias)} for c in model.convs],
        "out": {"weight": plain(model.out.weight), "bias": plain(model.out.bias)},
    }
    out_path.write_text(json.dumps(weights, separators=(",", ":")) + "\n")
    print(f"tagger weights written to {out_path}")


if __name__ == "__main__":
    main()
