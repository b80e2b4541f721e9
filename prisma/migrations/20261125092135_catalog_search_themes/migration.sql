-- AlterTable
ALTER TABLE "bundles" ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "service_item_versions" ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "theme_codes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "service_items" ADD COLUMN     "popularity" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "life_themes" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "life_themes_pkey" PRIMARY KEY ("code")
);
