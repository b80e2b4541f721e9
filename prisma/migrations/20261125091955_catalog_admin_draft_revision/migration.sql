-- AlterTable
ALTER TABLE "service_item_versions" ADD COLUMN     "materials_none" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;
