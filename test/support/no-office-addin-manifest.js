throw new Error("office-addin-manifest cannot load under jest (ESM-only dependencies); use scripts/manifest checks instead.");
